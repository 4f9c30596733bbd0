/** {@code korrect demo}: a realistic story played through the five services' APIs, with its event trail. */
package ng.korrect.app.demo;
