// expect: WA
// erase() removes every copy of the value instead of one (a TreeMap of counts keeps the behaviour simple).
class Skiplist {
    private final TreeMap<Integer, Integer> counts = new TreeMap<>();

    public Skiplist() {
    }

    public boolean search(int target) {
        return counts.containsKey(target);
    }

    public void add(int num) {
        counts.merge(num, 1, Integer::sum);
    }

    public boolean erase(int num) {
        return counts.remove(num) != null;
    }
}
