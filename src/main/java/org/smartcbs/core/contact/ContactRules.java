package org.smartcbs.core.contact;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Validation and normal forms of a consumer's national id, phone and e-mail.
 *
 * <p>The national id pattern defaults to the Pakistani CNIC, {@code #####-#######-#}. Phones are stored in
 * E.164 form: a Pakistani mobile written {@code 0321-7241616} or {@code +92 321 7241616} becomes
 * {@code +923217241616}.
 */
public final class ContactRules {

    public static final String CNIC = "\\d{5}-\\d{7}-\\d";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");
    private static final Pattern LOCAL_MOBILE = Pattern.compile("03\\d{9}");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+\\d{8,15}");

    private final Pattern nationalId;

    public ContactRules(String nationalIdPattern) {
        this.nationalId = Pattern.compile(nationalIdPattern);
    }

    public boolean isValidNationalId(String value) {
        return nationalId.matcher(value).matches();
    }

    /** Returns the phone in E.164 form, or empty when it is not a phone number this organisation accepts. */
    public Optional<String> normalPhone(String value) {
        String digits = value.replaceAll("[\\s()-]", "");
        if (digits.startsWith("0092")) {
            digits = "+" + digits.substring(2);
        }
        if (LOCAL_MOBILE.matcher(digits).matches()) {
            return Optional.of("+92" + digits.substring(1));
        }
        if (INTERNATIONAL.matcher(digits).matches()) {
            return Optional.of(digits);
        }
        return Optional.empty();
    }

    public boolean isValidEmail(String value) {
        return EMAIL.matcher(value).matches();
    }
}
