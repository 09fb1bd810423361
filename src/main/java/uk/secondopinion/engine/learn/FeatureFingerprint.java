package uk.secondopinion.engine.learn;

/**
 * A 64-bit fingerprint of a feature's name, taken from its parts without joining them:
 * the same as of the name itself. The learned layer looks features up by fingerprint, so
 * a check builds no strings for them. Two features of a model never share one
 * ({@link FeatureWeights} refuses such a model); a word the model has never seen shares
 * one with a feature it knows about once in 2<sup>64</sup> divided by the number of
 * features (some 10<sup>15</sup>) lookups.
 */
final class FeatureFingerprint {

	// 64-bit FNV-1a over UTF-16 units, then MurmurHash3's finaliser, so that the low bits
	// a hash table indexes by depend on every character.
	private static final long OFFSET_BASIS = 0xcbf29ce484222325L;

	private static final long PRIME = 0x100000001b3L;

	private FeatureFingerprint() {
	}

	/** The fingerprint of a feature's whole name. */
	static long of(String name) {
		return finish(add(OFFSET_BASIS, name));
	}

	/** The fingerprint of {@link Features#name(char, String, String)}, without it. */
	static long of(char kind, String first, String second) {
		long hash = add(add(OFFSET_BASIS, kind), ':');
		hash = add(hash, first);
		if (second != null) {
			hash = add(add(hash, '_'), second);
		}
		return finish(hash);
	}

	private static long add(long hash, String part) {
		for (int i = 0; i < part.length(); i++) {
			hash = add(hash, part.charAt(i));
		}
		return hash;
	}

	private static long add(long hash, char c) {
		return (hash ^ c) * PRIME;
	}

	private static long finish(long hash) {
		hash ^= hash >>> 33;
		hash *= 0xff51afd7ed558ccdL;
		hash ^= hash >>> 33;
		hash *= 0xc4ceb9fe1a85ec53L;
		return hash ^ (hash >>> 33);
	}

}
