// expect: WA
// says: false-positive rate too high
// Answers true to everything: no false negatives, every never-added item a false positive.
class BloomFilter {
public:
    BloomFilter(int capacity, double error_rate) {}
    void add(string item) {}
    bool contains(string item) { return true; }
};
