// Modern Java as LeetCode's editor accepts it: a record, var, a switch expression.
class Solution {
    record Entry(int value, int index) {}

    public int[] twoSum(int[] nums, int target) {
        var entries = new ArrayList<Entry>();
        for (int i = 0; i < nums.length; i++) entries.add(new Entry(nums[i], i));
        entries.sort(Comparator.comparingInt(Entry::value));
        int lo = 0, hi = entries.size() - 1;
        while (lo < hi) {
            long sum = (long) entries.get(lo).value() + entries.get(hi).value();
            int cmp = Long.compare(sum, target);
            switch (cmp) {
                case 0 -> {
                    int a = entries.get(lo).index(), b = entries.get(hi).index();
                    return new int[] {Math.min(a, b), Math.max(a, b)};
                }
                case -1 -> lo++;
                default -> hi--;
            }
        }
        return new int[0];
    }
}
