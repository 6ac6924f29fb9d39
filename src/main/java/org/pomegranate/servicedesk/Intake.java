package org.pomegranate.servicedesk;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A request as it comes in. Who it answers is the signed-in resident, or a resident named by
 * staff, or a contact name and phone. Where it happened is their household, a household named by
 * staff, a typed address, or at least a community.
 *
 * @param extra        answers to the category's extra fields by field code: a string, or a list of
 *                     strings for a multiple choice
 * @param channel      how staff received it; residents on the portal always get {@code PORTAL}
 * @param language     the language to answer in; the resident's own preference wins
 * @param attachments  files from a page form; never read from JSON (the API sends them as multipart
 *                     afterwards)
 */
public record Intake(
		@NotNull UUID categoryId,
		@NotBlank @Size(max = 2000) String description,
		Map<String, Object> extra,
		Channel channel,
		UUID residentId,
		UUID householdId,
		@Size(max = 200) String address,
		UUID communityId,
		@Size(max = 50) String contactName,
		@Pattern(regexp = "^$|^1\\d{10}$", message = "{error.phone}") String contactPhone,
		@Pattern(regexp = "^$|^(zh|bo|mn|en)$", message = "{error.language}") String language,
		@JsonIgnore List<Upload> attachments) {

	public Intake {
		extra = extra == null ? Map.of() : extra;
		attachments = attachments == null ? List.of() : List.copyOf(attachments);
	}

	/** The same intake with files added (pages and the API receive them separately). */
	public Intake withAttachments(List<Upload> files) {
		return new Intake(categoryId, description, extra, channel, residentId, householdId, address, communityId,
				contactName, contactPhone, language, files);
	}
}
