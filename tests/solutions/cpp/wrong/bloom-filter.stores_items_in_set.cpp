// expect: WA
// says: memory too high
// Keeps every item in an unordered_set: no false positives at all, and far more memory than
// the filter's bits; the harness measures the process's memory from outside.
class BloomFilter {
    unordered_set<string> items;
public:
    BloomFilter(int capacity, double error_rate) {}
    void add(string item) { items.insert(item); }
    bool contains(string item) { return items.count(item) > 0; }
};
