// add() declared boolean (whether the value is new) although LeetCode's starter says void: the
// editor's driver ignores what add returns, so it is accepted there. The list is a plain
// sorted ArrayList with binary search, as many first attempts are.
class Skiplist {
    private final List<Integer> items = new ArrayList<>();

    public Skiplist() {
    }

    private int lowerBound(int x) {
        int lo = 0, hi = items.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (items.get(mid) < x) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    public boolean search(int target) {
        int i = lowerBound(target);
        return i < items.size() && items.get(i) == target;
    }

    public boolean add(int num) {
        boolean fresh = !search(num);
        items.add(lowerBound(num), num);
        return fresh;
    }

    public boolean erase(int num) {
        int i = lowerBound(num);
        if (i == items.size() || items.get(i) != num) return false;
        items.remove(i);
        return true;
    }
}
