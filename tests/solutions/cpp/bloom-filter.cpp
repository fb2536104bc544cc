// m bits in a packed vector<uint8_t>, k probes by double hashing (h1 + i * h2) mod m;
// h1 and h2 from two differently seeded 64-bit hashes of the item's bytes.
class BloomFilter {
    uint64_t m;
    int k;
    vector<uint8_t> bits;

    static uint64_t mix(uint64_t x) {  // splitmix64's finalizer
        x ^= x >> 30; x *= 0xbf58476d1ce4e5b9ULL;
        x ^= x >> 27; x *= 0x94d049bb133111ebULL;
        return x ^ (x >> 31);
    }
    static uint64_t hashOf(const string& item, uint64_t seed) {
        uint64_t h = 1469598103934665603ULL ^ seed;
        for (unsigned char c : item) h = (h ^ c) * 1099511628211ULL;
        return mix(h ^ item.size());
    }

public:
    BloomFilter(int capacity, double error_rate) {
        double ln2 = log(2.0);
        m = max<uint64_t>(1, (uint64_t)ceil(-capacity * log(error_rate) / (ln2 * ln2)));
        k = max(1, (int)llround((double)m / capacity * ln2));
        bits.assign((m + 7) / 8, 0);
    }

    void add(string item) {
        uint64_t position = hashOf(item, 0) % m, step = (hashOf(item, 0x9e3779b97f4a7c15ULL) | 1) % m;
        for (int i = 0; i < k; ++i) {
            bits[position >> 3] |= uint8_t(1u << (position & 7));
            position += step;
            if (position >= m) position -= m;
        }
    }

    bool contains(string item) {
        uint64_t position = hashOf(item, 0) % m, step = (hashOf(item, 0x9e3779b97f4a7c15ULL) | 1) % m;
        for (int i = 0; i < k; ++i) {
            if (!(bits[position >> 3] >> (position & 7) & 1)) return false;
            position += step;
            if (position >= m) position -= m;
        }
        return true;
    }
};
