/** The first admin account, created on the operator's first start. */
package ng.korrect.users.admin;
