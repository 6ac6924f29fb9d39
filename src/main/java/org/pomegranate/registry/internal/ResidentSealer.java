package org.pomegranate.registry.internal;

import java.util.List;
import java.util.UUID;

import org.pomegranate.privacy.FieldCipher;
import org.pomegranate.privacy.Masking;
import org.pomegranate.privacy.SealedColumns;
import java.time.LocalDate;
import org.pomegranate.registry.Ethnicity;
import org.pomegranate.registry.IdNumber;
import org.pomegranate.registry.ResidentForm;
import org.pomegranate.registry.SensitiveField;
import org.springframework.stereotype.Component;

/** Turns a form into a stored row (encrypting and hashing) and a stored row back into masked or plain text. */
@Component
public class ResidentSealer implements SealedColumns {

	/** The columns of {@code resident} that hold ciphertext, each bound to its column name. */
	public static final String PHONE = "phone_cipher", ID_NUMBER = "id_number_cipher", ETHNICITY = "ethnicity_cipher";

	private final FieldCipher cipher;

	ResidentSealer(FieldCipher cipher) {
		this.cipher = cipher;
	}

	@Override
	public String table() {
		return "resident";
	}

	@Override
	public List<String> columns() {
		return List.of(PHONE, ID_NUMBER, ETHNICITY);
	}

	/** Where a resident's sensitive value lives: a ciphertext only decrypts in its own row and column. */
	public static FieldCipher.Place place(UUID residentId, String column) {
		return FieldCipher.at("resident", column, residentId);
	}

	public StoredResident seal(UUID residentId, ResidentForm form) {
		String id = IdNumber.normalize(form.idNumber());
		String phone = form.phone();
		return new StoredResident(residentId, form.householdId(), form.name().trim(), form.gender(), form.birthDate(),
				cipher.encrypt(phone, place(residentId, PHONE)),
				phone == null ? null : cipher.searchHash(phone.substring(phone.length() - 4)),
				cipher.encrypt(id, place(residentId, ID_NUMBER)), cipher.searchHash(id),
				form.ethnicity() == null ? null : cipher.encrypt(form.ethnicity().name(), place(residentId, ETHNICITY)),
				form.preferredLanguage(), form.supportNeeds(), form.newcomer(), form.newcomerNeeds());
	}

	/**
	 * The stored row after an edit: sensitive fields the form leaves empty keep their stored
	 * value, unless the form asks to clear them; so does an empty birth date.
	 */
	public StoredResident sealOver(StoredResident current, ResidentForm form) {
		StoredResident sealed = seal(current.id(), form);
		boolean clearPhone = form.clear().contains(SensitiveField.PHONE);
		boolean clearId = form.clear().contains(SensitiveField.ID_NUMBER);
		boolean clearEthnicity = form.clear().contains(SensitiveField.ETHNICITY);
		LocalDate birthDate = form.birthDate() != null ? form.birthDate() : current.birthDate();
		return new StoredResident(current.id(), form.householdId(), sealed.name(), sealed.gender(), birthDate,
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

	public String sealEthnicity(UUID residentId, Ethnicity ethnicity) {
		return ethnicity == null ? null : cipher.encrypt(ethnicity.name(), place(residentId, ETHNICITY));
	}

	public String idNumberHash(String idNumber) {
		return cipher.searchHash(IdNumber.normalize(idNumber));
	}

	public String phoneSuffixHash(String lastFour) {
		return cipher.searchHash(lastFour);
	}

	/** Masked phone and ID number, in that order. */
	public String[] masks(StoredResident r) {
		return new String[] { Masking.phone(plain(r, SensitiveField.PHONE)),
				Masking.idNumber(plain(r, SensitiveField.ID_NUMBER)) };
	}

	public String plain(StoredResident r, SensitiveField field) {
		return switch (field) {
			case PHONE -> cipher.decrypt(r.phoneCipher(), place(r.id(), PHONE));
			case ID_NUMBER -> cipher.decrypt(r.idNumberCipher(), place(r.id(), ID_NUMBER));
			case ETHNICITY -> cipher.decrypt(r.ethnicityCipher(), place(r.id(), ETHNICITY));
		};
	}

}
