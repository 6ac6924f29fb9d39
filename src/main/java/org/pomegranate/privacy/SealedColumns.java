package org.pomegranate.privacy;

import java.util.List;

/**
 * A table whose columns hold {@link FieldCipher} ciphertext, each bound to
 * {@code FieldCipher.at(table, column, id)}. Modules that store sealed values declare them as a
 * bean, so that the key rotation re-encrypts every one of them.
 */
public interface SealedColumns {

	/** The table; its primary key is the column {@code id}. */
	String table();

	/** The columns holding ciphertext. */
	List<String> columns();
}
