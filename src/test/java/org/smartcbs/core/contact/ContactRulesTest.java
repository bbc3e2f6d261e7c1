package org.smartcbs.core.contact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** National id pattern, phone normal form and e-mail check. */
class ContactRulesTest {

    private final ContactRules rules = new ContactRules(ContactRules.CNIC);

    @Test
    void cnicNeedsItsDashes() {
        assertThat(rules.isValidNationalId("35202-1234567-1")).isTrue();
        assertThat(rules.isValidNationalId("3520212345671")).isFalse();
        assertThat(rules.isValidNationalId("35202-1234567-12")).isFalse();
    }

    @Test
    void phonesBecomeE164() {
        assertThat(rules.normalPhone("0321-7241616")).hasValue("+923217241616");
        assertThat(rules.normalPhone("+92 321 7241616")).hasValue("+923217241616");
        assertThat(rules.normalPhone("0092 (321) 7241616")).hasValue("+923217241616");
        assertThat(rules.normalPhone("12345")).isEmpty();
    }

    @Test
    void emailNeedsADomain() {
        assertThat(rules.isValidEmail("danish.cheema72@example.com")).isTrue();
        assertThat(rules.isValidEmail("danish@localhost")).isFalse();
    }
}
