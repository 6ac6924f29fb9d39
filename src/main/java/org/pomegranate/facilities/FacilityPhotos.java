package org.pomegranate.facilities;

import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;

import org.pomegranate.facilities.internal.FacilityRepository;
import org.pomegranate.identity.CurrentUser;
import org.pomegranate.identity.IdentityManagement;
import org.pomegranate.servicedesk.PhotoCheck;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Photos of a facility, kept as the service desk keeps a request's photos: judged by their content,
 * decoded and stored encoded afresh (no EXIF, nothing smuggled), in the row with their digest.
 */
@Service
@Transactional
public class FacilityPhotos {

	public static final int MAX_PHOTOS = 6;
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	private final FacilityRepository facilities;
	private final Facilities facilityAccess;
	private final IdentityManagement identity;
	private final Clock clock;

	FacilityPhotos(FacilityRepository facilities, Facilities facilityAccess, IdentityManagement identity, Clock clock) {
		this.facilities = facilities;
		this.facilityAccess = facilityAccess;
		this.identity = identity;
		this.clock = clock;
	}

	/** A photo's type and bytes. */
	public record Photo(String contentType, byte[] content) {
	}

	/** The facility's manager adds a JPEG or PNG of at most 5 MB; at most {@value #MAX_PHOTOS} per facility. */
	public UUID add(UUID facilityId, byte[] content) {
		Facility facility = facilityAccess.get(facilityId);
		CurrentUser user = identity.currentUser();
		if (!facilityAccess.manager(user, facility.unitId())) {
			throw new NotFoundException("facility");
		}
		if (content == null || content.length == 0) {
			throw new InvalidInputException("photo", "error.required");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidInputException("photo", "error.attachment.size");
		}
		// counted under the facility's row lock, so two uploads at once cannot pass the limit together
		facilities.lockFacility(facilityId);
		if (facilities.photoCount(facilityId) >= MAX_PHOTOS) {
			throw new InvalidInputException("photo", "error.facility.photos");
		}
		PhotoCheck.CleanPhoto clean = PhotoCheck.clean(content)
			.orElseThrow(() -> new InvalidInputException("photo", "error.facility.photoType"));
		UUID id = UUID.randomUUID();
		facilities.insertPhoto(id, facilityId, clean.contentType(), clean.content(), sha256(clean.content()),
				user.username(), clock.instant());
		return id;
	}

	/** A photo of a facility the caller may see. */
	@Transactional(readOnly = true)
	public Photo get(UUID facilityId, UUID photoId) {
		facilityAccess.get(facilityId);
		return facilities.photo(facilityId, photoId).map(p -> new Photo(p.contentType(), p.content()))
			.orElseThrow(() -> new NotFoundException("photo"));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
