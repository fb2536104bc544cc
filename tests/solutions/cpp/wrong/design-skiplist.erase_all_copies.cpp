// expect: WA
// erase() removes every copy of the value instead of one (a multiset keeps the behaviour simple).
class Skiplist {
    multiset<int> items;
public:
    Skiplist() {}
    bool search(int target) { return items.count(target) > 0; }
    void add(int num) { items.insert(num); }
    bool erase(int num) { return items.erase(num) > 0; }
};
