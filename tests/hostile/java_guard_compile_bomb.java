// expect: CE
// message: compiler ran out of memory
// backends: docker local
/* A constant-folding bomb: each constant is the one before it twice over, and javac folds
them all at compile time, 2^39 x 16 characters; javac's heap limit ends it as CE before
anything runs. */
class Solution {
    static final String s0 = "xxxxxxxxxxxxxxxx";
    static final String s1 = s0 + s0;
    static final String s2 = s1 + s1;
    static final String s3 = s2 + s2;
    static final String s4 = s3 + s3;
    static final String s5 = s4 + s4;
    static final String s6 = s5 + s5;
    static final String s7 = s6 + s6;
    static final String s8 = s7 + s7;
    static final String s9 = s8 + s8;
    static final String s10 = s9 + s9;
    static final String s11 = s10 + s10;
    static final String s12 = s11 + s11;
    static final String s13 = s12 + s12;
    static final String s14 = s13 + s13;
    static final String s15 = s14 + s14;
    static final String s16 = s15 + s15;
    static final String s17 = s16 + s16;
    static final String s18 = s17 + s17;
    static final String s19 = s18 + s18;
    static final String s20 = s19 + s19;
    static final String s21 = s20 + s20;
    static final String s22 = s21 + s21;
    static final String s23 = s22 + s22;
    static final String s24 = s23 + s23;
    static final String s25 = s24 + s24;
    static final String s26 = s25 + s25;
    static final String s27 = s26 + s26;
    static final String s28 = s27 + s27;
    static final String s29 = s28 + s28;
    static final String s30 = s29 + s29;
    static final String s31 = s30 + s30;
    static final String s32 = s31 + s31;
    static final String s33 = s32 + s32;
    static final String s34 = s33 + s33;
    static final String s35 = s34 + s34;
    static final String s36 = s35 + s35;
    static final String s37 = s36 + s36;
    static final String s38 = s37 + s37;
    static final String s39 = s38 + s38;

    public int[] twoSum(int[] nums, int target) {
        return new int[] {s39.length(), 1};
    }
}
