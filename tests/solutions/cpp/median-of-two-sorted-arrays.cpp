// Binary search on the partition of the shorter array: O(log(min(m, n))).
class Solution {
public:
    double findMedianSortedArrays(vector<int>& nums1, vector<int>& nums2) {
        if (nums1.size() > nums2.size()) return findMedianSortedArrays(nums2, nums1);
        int m = nums1.size(), n = nums2.size(), half = (m + n + 1) / 2;
        int lo = 0, hi = m;
        while (lo <= hi) {
            int i = (lo + hi) / 2, j = half - i;
            long long left1 = i > 0 ? nums1[i - 1] : LLONG_MIN, right1 = i < m ? nums1[i] : LLONG_MAX;
            long long left2 = j > 0 ? nums2[j - 1] : LLONG_MIN, right2 = j < n ? nums2[j] : LLONG_MAX;
            if (left1 <= right2 && left2 <= right1) {
                long long left = max(left1, left2);
                if ((m + n) % 2) return (double)left;
                return (left + min(right1, right2)) / 2.0;
            }
            if (left1 > right2) hi = i - 1; else lo = i + 1;
        }
        return 0.0;
    }
};
