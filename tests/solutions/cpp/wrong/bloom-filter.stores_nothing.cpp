// expect: WA
// says: false negative
// Stores nothing and answers false: its memory is the C++ runtime's allowance and no more,
// so it fails on false negatives, never on memory (the allowance is not charged to it).
class BloomFilter {
public:
    BloomFilter(int capacity, double error_rate) {}
    void add(string item) {}
    bool contains(string item) { return false; }
};
