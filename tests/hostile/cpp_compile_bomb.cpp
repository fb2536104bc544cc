// expect: CE
// message: compiler
// backends: docker
/* A template explosion: every instantiation of Bomb<N, T> instantiates two of Bomb<N-1, ...>
with distinct types, 2^32 in all; the compile's own CPU limit ends it as CE. */
template <int N, class T> struct Bomb {
    static constexpr long long value = Bomb<N - 1, pair<T, char>>::value + Bomb<N - 1, pair<T, int>>::value;
};
template <class T> struct Bomb<0, T> { static constexpr long long value = sizeof(T); };
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        return {int(Bomb<32, char>::value % 2), 1};
    }
};
