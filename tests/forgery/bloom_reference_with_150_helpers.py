# problem: bloom-filter
# expect: AC
"""The package's reference plus 150 unused helper functions: code is not the filter's memory, and
free lists the interpreter keeps must not count (tracemalloc's second gc.collect() did)."""

import math
from hashlib import blake2b


class BloomFilter:
    """m bits in a packed bytearray, k probes by double hashing (Kirsch-Mitzenmacher):
    probe i is (h1 + i * h2) mod m, with h1 and h2 from one 128-bit BLAKE2b digest."""

    def __init__(self, capacity: int, error_rate: float) -> None:
        ln2 = math.log(2)
        self.m = max(1, math.ceil(-capacity * math.log(error_rate) / (ln2 * ln2)))
        self.k = max(1, round(self.m / capacity * ln2))
        self.bits = bytearray((self.m + 7) // 8)

    def _hashes(self, item: str) -> tuple[int, int]:
        digest = blake2b(item.encode(), digest_size=16).digest()
        m = self.m
        h1 = int.from_bytes(digest[:8], "little") % m
        h2 = (int.from_bytes(digest[8:], "little") | 1) % m
        return h1, h2

    def add(self, item: str) -> None:
        bits, m = self.bits, self.m
        position, step = self._hashes(item)
        for _ in range(self.k):
            bits[position >> 3] |= 1 << (position & 7)
            position += step
            if position >= m:
                position -= m

    def contains(self, item: str) -> bool:
        bits, m = self.bits, self.m
        position, step = self._hashes(item)
        for _ in range(self.k):
            if not bits[position >> 3] >> (position & 7) & 1:
                return False
            position += step
            if position >= m:
                position -= m
        return True

def helper_0(x, y=1):
    return x * 0 + y

def helper_1(x, y=1):
    return x * 1 + y

def helper_2(x, y=1):
    return x * 2 + y

def helper_3(x, y=1):
    return x * 3 + y

def helper_4(x, y=1):
    return x * 4 + y

def helper_5(x, y=1):
    return x * 5 + y

def helper_6(x, y=1):
    return x * 6 + y

def helper_7(x, y=1):
    return x * 7 + y

def helper_8(x, y=1):
    return x * 8 + y

def helper_9(x, y=1):
    return x * 9 + y

def helper_10(x, y=1):
    return x * 10 + y

def helper_11(x, y=1):
    return x * 11 + y

def helper_12(x, y=1):
    return x * 12 + y

def helper_13(x, y=1):
    return x * 13 + y

def helper_14(x, y=1):
    return x * 14 + y

def helper_15(x, y=1):
    return x * 15 + y

def helper_16(x, y=1):
    return x * 16 + y

def helper_17(x, y=1):
    return x * 17 + y

def helper_18(x, y=1):
    return x * 18 + y

def helper_19(x, y=1):
    return x * 19 + y

def helper_20(x, y=1):
    return x * 20 + y

def helper_21(x, y=1):
    return x * 21 + y

def helper_22(x, y=1):
    return x * 22 + y

def helper_23(x, y=1):
    return x * 23 + y

def helper_24(x, y=1):
    return x * 24 + y

def helper_25(x, y=1):
    return x * 25 + y

def helper_26(x, y=1):
    return x * 26 + y

def helper_27(x, y=1):
    return x * 27 + y

def helper_28(x, y=1):
    return x * 28 + y

def helper_29(x, y=1):
    return x * 29 + y

def helper_30(x, y=1):
    return x * 30 + y

def helper_31(x, y=1):
    return x * 31 + y

def helper_32(x, y=1):
    return x * 32 + y

def helper_33(x, y=1):
    return x * 33 + y

def helper_34(x, y=1):
    return x * 34 + y

def helper_35(x, y=1):
    return x * 35 + y

def helper_36(x, y=1):
    return x * 36 + y

def helper_37(x, y=1):
    return x * 37 + y

def helper_38(x, y=1):
    return x * 38 + y

def helper_39(x, y=1):
    return x * 39 + y

def helper_40(x, y=1):
    return x * 40 + y

def helper_41(x, y=1):
    return x * 41 + y

def helper_42(x, y=1):
    return x * 42 + y

def helper_43(x, y=1):
    return x * 43 + y

def helper_44(x, y=1):
    return x * 44 + y

def helper_45(x, y=1):
    return x * 45 + y

def helper_46(x, y=1):
    return x * 46 + y

def helper_47(x, y=1):
    return x * 47 + y

def helper_48(x, y=1):
    return x * 48 + y

def helper_49(x, y=1):
    return x * 49 + y

def helper_50(x, y=1):
    return x * 50 + y

def helper_51(x, y=1):
    return x * 51 + y

def helper_52(x, y=1):
    return x * 52 + y

def helper_53(x, y=1):
    return x * 53 + y

def helper_54(x, y=1):
    return x * 54 + y

def helper_55(x, y=1):
    return x * 55 + y

def helper_56(x, y=1):
    return x * 56 + y

def helper_57(x, y=1):
    return x * 57 + y

def helper_58(x, y=1):
    return x * 58 + y

def helper_59(x, y=1):
    return x * 59 + y

def helper_60(x, y=1):
    return x * 60 + y

def helper_61(x, y=1):
    return x * 61 + y

def helper_62(x, y=1):
    return x * 62 + y

def helper_63(x, y=1):
    return x * 63 + y

def helper_64(x, y=1):
    return x * 64 + y

def helper_65(x, y=1):
    return x * 65 + y

def helper_66(x, y=1):
    return x * 66 + y

def helper_67(x, y=1):
    return x * 67 + y

def helper_68(x, y=1):
    return x * 68 + y

def helper_69(x, y=1):
    return x * 69 + y

def helper_70(x, y=1):
    return x * 70 + y

def helper_71(x, y=1):
    return x * 71 + y

def helper_72(x, y=1):
    return x * 72 + y

def helper_73(x, y=1):
    return x * 73 + y

def helper_74(x, y=1):
    return x * 74 + y

def helper_75(x, y=1):
    return x * 75 + y

def helper_76(x, y=1):
    return x * 76 + y

def helper_77(x, y=1):
    return x * 77 + y

def helper_78(x, y=1):
    return x * 78 + y

def helper_79(x, y=1):
    return x * 79 + y

def helper_80(x, y=1):
    return x * 80 + y

def helper_81(x, y=1):
    return x * 81 + y

def helper_82(x, y=1):
    return x * 82 + y

def helper_83(x, y=1):
    return x * 83 + y

def helper_84(x, y=1):
    return x * 84 + y

def helper_85(x, y=1):
    return x * 85 + y

def helper_86(x, y=1):
    return x * 86 + y

def helper_87(x, y=1):
    return x * 87 + y

def helper_88(x, y=1):
    return x * 88 + y

def helper_89(x, y=1):
    return x * 89 + y

def helper_90(x, y=1):
    return x * 90 + y

def helper_91(x, y=1):
    return x * 91 + y

def helper_92(x, y=1):
    return x * 92 + y

def helper_93(x, y=1):
    return x * 93 + y

def helper_94(x, y=1):
    return x * 94 + y

def helper_95(x, y=1):
    return x * 95 + y

def helper_96(x, y=1):
    return x * 96 + y

def helper_97(x, y=1):
    return x * 97 + y

def helper_98(x, y=1):
    return x * 98 + y

def helper_99(x, y=1):
    return x * 99 + y

def helper_100(x, y=1):
    return x * 100 + y

def helper_101(x, y=1):
    return x * 101 + y

def helper_102(x, y=1):
    return x * 102 + y

def helper_103(x, y=1):
    return x * 103 + y

def helper_104(x, y=1):
    return x * 104 + y

def helper_105(x, y=1):
    return x * 105 + y

def helper_106(x, y=1):
    return x * 106 + y

def helper_107(x, y=1):
    return x * 107 + y

def helper_108(x, y=1):
    return x * 108 + y

def helper_109(x, y=1):
    return x * 109 + y

def helper_110(x, y=1):
    return x * 110 + y

def helper_111(x, y=1):
    return x * 111 + y

def helper_112(x, y=1):
    return x * 112 + y

def helper_113(x, y=1):
    return x * 113 + y

def helper_114(x, y=1):
    return x * 114 + y

def helper_115(x, y=1):
    return x * 115 + y

def helper_116(x, y=1):
    return x * 116 + y

def helper_117(x, y=1):
    return x * 117 + y

def helper_118(x, y=1):
    return x * 118 + y

def helper_119(x, y=1):
    return x * 119 + y

def helper_120(x, y=1):
    return x * 120 + y

def helper_121(x, y=1):
    return x * 121 + y

def helper_122(x, y=1):
    return x * 122 + y

def helper_123(x, y=1):
    return x * 123 + y

def helper_124(x, y=1):
    return x * 124 + y

def helper_125(x, y=1):
    return x * 125 + y

def helper_126(x, y=1):
    return x * 126 + y

def helper_127(x, y=1):
    return x * 127 + y

def helper_128(x, y=1):
    return x * 128 + y

def helper_129(x, y=1):
    return x * 129 + y

def helper_130(x, y=1):
    return x * 130 + y

def helper_131(x, y=1):
    return x * 131 + y

def helper_132(x, y=1):
    return x * 132 + y

def helper_133(x, y=1):
    return x * 133 + y

def helper_134(x, y=1):
    return x * 134 + y

def helper_135(x, y=1):
    return x * 135 + y

def helper_136(x, y=1):
    return x * 136 + y

def helper_137(x, y=1):
    return x * 137 + y

def helper_138(x, y=1):
    return x * 138 + y

def helper_139(x, y=1):
    return x * 139 + y

def helper_140(x, y=1):
    return x * 140 + y

def helper_141(x, y=1):
    return x * 141 + y

def helper_142(x, y=1):
    return x * 142 + y

def helper_143(x, y=1):
    return x * 143 + y

def helper_144(x, y=1):
    return x * 144 + y

def helper_145(x, y=1):
    return x * 145 + y

def helper_146(x, y=1):
    return x * 146 + y

def helper_147(x, y=1):
    return x * 147 + y

def helper_148(x, y=1):
    return x * 148 + y

def helper_149(x, y=1):
    return x * 149 + y
