package org.pomegranate.servicedesk;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.pomegranate.privacy.AuditAction;
import org.pomegranate.privacy.AuditLog;
import org.pomegranate.privacy.FieldCipher;
import org.pomegranate.servicedesk.internal.CategoryRepository;
import org.pomegranate.servicedesk.internal.RequestRepository;
import org.pomegranate.servicedesk.internal.ResidentRequests;
import org.pomegranate.shared.RateLimiter;
import org.pomegranate.shared.TooManyRequestsException;
import org.pomegranate.shared.web.InvalidInputException;
import org.pomegranate.shared.web.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Following a request without an account: its number and the phone it was filed with. Both
 * together are the key, so the answer is the same "not found" for a wrong number and a wrong phone,
 * and tries are limited per client address and per number (a number is short and guessable; a
 * phone has few digits to guess once the number is known). The answer shows only where the request
 * stands and its public steps; each lookup that finds one is audited.
 * <p>
 * The tries are counted before the lookup's own transaction begins, each count in a transaction
 * of its own (it must stay counted when the lookup fails). A lookup that held a connection while it
 * waited for another to count would let a script's worth of parallel lookups take the whole pool
 * and answer everyone 503 until the pool gave up.
 */
@Service
public class RequestLookup {

	/** The steps a holder of the number and phone sees: no transfer targets, no staff names or notes. */
	static final List<String> PUBLIC_STEPS = List.of("SUBMITTED", "ACCEPTED", "STARTED", "TRANSFERRED", "ESCALATED",
			"RESOLVED", "MERGED", "REJECTED", "REOPENED", "RATED", "CLOSED_UNRATED", "WITHDRAWN");
	static final int MAX_NUMBER = 30;
	static final int MAX_PHONE = 30;

	private final ResidentRequests residentRequests;
	private final CategoryRepository categories;
	private final FieldCipher cipher;
	private final RateLimiter limiter;
	private final AuditLog audit;
	private final int perAddress;
	private final int perNumber;
	private final Duration window;
	private final TransactionTemplate transaction;

	RequestLookup(ResidentRequests residentRequests, CategoryRepository categories, FieldCipher cipher,
			RateLimiter limiter, AuditLog audit, PlatformTransactionManager transactions,
			@Value("${pomegranate.rate-limit.lookup.per-address:20}") int perAddress,
			@Value("${pomegranate.rate-limit.lookup.per-number:5}") int perNumber,
			@Value("${pomegranate.rate-limit.lookup.window:PT1H}") Duration window) {
		this.residentRequests = residentRequests;
		this.categories = categories;
		this.cipher = cipher;
		this.limiter = limiter;
		this.audit = audit;
		this.perAddress = perAddress;
		this.perNumber = perNumber;
		this.window = window;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * @param clientAddress the caller's address as the servlet container reports it
	 * @throws TooManyRequestsException when this address or this number was tried enough for now
	 * @throws NotFoundException for an unknown number and for a wrong phone alike
	 */
	public LookupResult lookup(String number, String phone, String clientAddress) {
		String n = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
		String p = digits(phone);
		if (n.isEmpty() || n.length() > MAX_NUMBER) {
			throw new InvalidInputException("number", n.isEmpty() ? "error.required" : "error.tooLong");
		}
		if (p.isEmpty() || (phone != null && phone.length() > MAX_PHONE)) {
			throw new InvalidInputException("phone", p.isEmpty() ? "error.required" : "error.tooLong");
		}
		limiter.acquire("lookup:address:" + clientAddress, perAddress, window);
		limiter.acquire("lookup:number:" + cipher.searchHash("lookup:" + n), perNumber, window);
		return transaction.execute(tx -> find(n, p));
	}

	private LookupResult find(String n, String p) {
		ResidentRequests.Looked found = residentRequests.byNumber(n).orElse(null);
		byte[] given = cipher.searchHash("phone:" + p).getBytes(StandardCharsets.UTF_8);
		// the phone is compared as keyed hashes in constant time; an unknown number does the same work
		byte[] stored = cipher.searchHash("phone:" + (found == null || found.phoneCipher() == null ? "-"
				: digits(cipher.decrypt(found.phoneCipher(), RequestRepository.contactPhonePlace(found.id())))))
			.getBytes(StandardCharsets.UTF_8);
		if (found == null || found.phoneCipher() == null || !MessageDigest.isEqual(given, stored)) {
			throw new NotFoundException("request");
		}
		audit.record(AuditAction.VIEW, ServiceDesk.SUBJECT, found.id(), found.residentId(),
				found.number() + " · lookup by number and phone", null);
		return new LookupResult(found.number(), categories.find(found.categoryId()).orElseThrow(), found.status(),
				found.place(), found.submittedAt(), residentRequests.publicSteps(found.id(), PUBLIC_STEPS).stream()
					.map(s -> new LookupResult.Step(s.kind(), s.at())).toList());
	}

	private static String digits(String phone) {
		return phone == null ? "" : phone.replaceAll("[^0-9]", "");
	}
}
