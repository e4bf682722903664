"""MinHash signatures and LSH band keys, small enough to keep in one file (numpy only).

A signature estimates the Jaccard similarity of two shingle sets: the share of equal positions.
LSH splits a signature into ``bands`` of ``rows`` values; two sets with similarity ``s`` share at
least one band with probability ``1 - (1 - s**rows)**bands``, so a band lookup finds candidates
without comparing every pair. Both are deterministic (fixed seed), so stored signatures stay
comparable across runs.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

_PRIME = np.uint64((1 << 61) - 1)
_MAX32 = np.uint64(0xFFFFFFFF)

Signature = npt.NDArray[np.uint32]


@dataclass(frozen=True)
class MinHasher:
    """``num_perm`` hash permutations, split into ``bands`` LSH bands."""

    num_perm: int = 128
    bands: int = 16
    seed: int = 1

    def __post_init__(self) -> None:
        if self.num_perm % self.bands:
            raise ValueError("num_perm must be a multiple of bands")
        rng = np.random.RandomState(self.seed)
        a = rng.randint(1, 1 << 31, size=self.num_perm, dtype=np.int64).astype(np.uint64)
        b = rng.randint(0, 1 << 31, size=self.num_perm, dtype=np.int64).astype(np.uint64)
        object.__setattr__(self, "_a", a)
        object.__setattr__(self, "_b", b)

    @property
    def rows(self) -> int:
        return self.num_perm // self.bands

    def signature(self, shingles: Iterable[str]) -> Signature:
        """The MinHash of a set of shingles (all-ones for an empty set)."""
        hashes = np.fromiter((_hash32(s) for s in set(shingles)), dtype=np.uint64)
        if hashes.size == 0:
            return np.full(self.num_perm, 0xFFFFFFFF, dtype=np.uint32)
        a: npt.NDArray[np.uint64] = self._a  # type: ignore[attr-defined]
        b: npt.NDArray[np.uint64] = self._b  # type: ignore[attr-defined]
        permuted = (np.outer(hashes, a) + b) % _PRIME & _MAX32
        return permuted.min(axis=0).astype(np.uint32)

    def band_keys(self, sig: Signature) -> list[int]:
        """One 63-bit key per band (fits an SQLite INTEGER)."""
        keys = []
        for band in range(self.bands):
            chunk = sig[band * self.rows : (band + 1) * self.rows].tobytes()
            digest = hashlib.blake2b(chunk, digest_size=8).digest()
            keys.append(int.from_bytes(digest, "big") >> 1)
        return keys


def similarity(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of the sets behind two signatures."""
    return float(np.count_nonzero(a == b)) / a.size


def to_blob(sig: Signature) -> bytes:
    return sig.astype("<u4").tobytes()


def from_blob(blob: bytes) -> Signature:
    return np.frombuffer(blob, dtype="<u4").astype(np.uint32)


def _hash32(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=4).digest(), "big")
