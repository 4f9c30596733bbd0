package ng.korrect.service.internal;

import io.javalin.http.ContentTooLargeResponse;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Map;

/**
 * Limits the bytes a request body may have as they are read, whatever their framing: a body sent in chunks
 * has no {@code Content-Length} for Javalin's own check to refuse, and was read whole into memory. Reading
 * past the limit fails with a 413, which {@link ErrorResponses} answers in the error format; nothing past
 * the limit is kept.
 */
public final class BodySizeLimit implements Filter {

    private final long maxBytes;

    /** A limit of that many bytes. */
    public BodySizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request instanceof HttpServletRequest http ? new Limited(http, maxBytes) : request, response);
    }

    /** The request with its body stream limited. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream limited;

        Limited(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedStream(super.getInputStream(), maxBytes);
            }
            return limited;
        }
    }

    /** A body stream that fails once more than the limit was read. */
    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream body;
        private final long maxBytes;
        private long read;

        LimitedStream(ServletInputStream body, long maxBytes) {
            this.body = body;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = body.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int bytes) {
            read += bytes;
            if (read > maxBytes) {
                throw new ContentTooLargeResponse("the request body is larger than " + maxBytes + " bytes",
                        Map.of("limitBytes", String.valueOf(maxBytes)));
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
