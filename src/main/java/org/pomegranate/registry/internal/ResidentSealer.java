package org.pomegranate.registry.internal;

import java.time.LocalDate;

import org.pomegranate.privacy.FieldCipher;
import org.pomegranate.privacy.Masking;
import org.pomegranate.registry.Ethnicity;
import org.pomegranate.registry.IdNumber;
import org.pomegranate.registry.ResidentForm;
import org.pomegranate.registry.SensitiveField;
import org.springframework.stereotype.Component;

/** Turns a form into a stored row (encrypting and hashing) and a stored row back into masked or plain text. */
@Component
public class ResidentSealer {

	private final FieldCipher cipher;

	ResidentSealer(FieldCipher cipher) {
		this.cipher = cipher;
	}

	public StoredResident seal(ResidentForm form) {
		String id = IdNumber.normalize(form.idNumber());
		String phone = form.phone();
		return new StoredResident(form.householdId(), form.name().trim(), form.gender(), form.birthDate(),
				cipher.encrypt(phone), phone == null ? null : cipher.searchHash(phone.substring(phone.length() - 4)),
				cipher.encrypt(id), cipher.searchHash(id),
				form.ethnicity() == null ? null : cipher.encrypt(form.ethnicity().name()), form.preferredLanguage(),
				form.supportNeeds(), form.newcomer(), form.newcomerNeeds());
	}

	/**
	 * The stored row after an edit: sensitive fields the form leaves empty keep their stored
	 * value, unless the form asks to clear them; so does an empty birth date.
	 */
	public StoredResident sealOver(StoredResident current, ResidentForm form) {
		StoredResident sealed = seal(form);
		boolean clearPhone = form.clear().contains(SensitiveField.PHONE);
		boolean clearId = form.clear().contains(SensitiveField.ID_NUMBER);
		boolean clearEthnicity = form.clear().contains(SensitiveField.ETHNICITY);
		LocalDate birthDate = form.birthDate() != null ? form.birthDate() : current.birthDate();
		return new StoredResident(form.householdId(), sealed.name(), sealed.gender(), birthDate,
				keep(sealed.phoneCipher(), current.phoneCipher(), clearPhone),
				keep(sealed.phoneSuffixHash(), current.phoneSuffixHash(), clearPhone),
				keep(sealed.idNumberCipher(), current.idNumberCipher(), clearId),
				keep(sealed.idNumberHash(), current.idNumberHash(), clearId),
				keep(sealed.ethnicityCipher(), current.ethnicityCipher(), clearEthnicity), sealed.preferredLanguage(),
				sealed.supportNeeds(), sealed.newcomer(), sealed.newcomerNeeds());
	}

	private static String keep(String entered, String stored, boolean clear) {
		return entered != null ? entered : (clear ? null : stored);
	}

	public String sealEthnicity(Ethnicity ethnicity) {
		return ethnicity == null ? null : cipher.encrypt(ethnicity.name());
	}

	public String idNumberHash(String idNumber) {
		return cipher.searchHash(IdNumber.normalize(idNumber));
	}

	public String phoneSuffixHash(String lastFour) {
		return cipher.searchHash(lastFour);
	}

	/** Masked phone and ID number, in that order. */
	public String[] masks(StoredResident r) {
		return new String[] { Masking.phone(cipher.decrypt(r.phoneCipher())),
				Masking.idNumber(cipher.decrypt(r.idNumberCipher())) };
	}

	public String plain(StoredResident r, SensitiveField field) {
		return switch (field) {
			case PHONE -> cipher.decrypt(r.phoneCipher());
			case ID_NUMBER -> cipher.decrypt(r.idNumberCipher());
			case ETHNICITY -> cipher.decrypt(r.ethnicityCipher());
		};
	}

}
