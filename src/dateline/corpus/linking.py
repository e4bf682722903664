"""Cross-article entity linking: one stored entity per real-world entity.

Each article's extraction already resolves its own mentions ("Kallas", "she" -> "Kaja Kallas";
"Moscow" speaking -> "Russia"). Linking joins those per-article entities across articles:

1. the canonical name's key (casefolded, punctuation, honorifics and middle initials dropped:
   "Mr. Donald J. Trump" -> "donald trump") or any of its name mentions matches a stored alias;
2. for people, a longer form ending in a known full name ("EU foreign policy chief Kaja Kallas");
3. for people, a lone surname ("Kallas") matches the surname of a stored person (the most
   mentioned one when several share it);
4. for people, a full name adopts a stored lone-surname entity ("Kallas" seen first), or an
   organisation of the same full name (a tagger's mistake);
5. a name tagged as an organisation or place that is a known person's name or surname, seen
   more often as the person, links to the person ("Sanders said", tagged GPE).

Only name and surname mentions become aliases: a metonym ("Moscow" for Russia), pronoun or role
never does, so the city stays the city. People and everything else are linked apart.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

_HONORIFICS = """mr mrs ms miss dr prof sir dame lord lady rev president vice sen senator rep
    representative gov governor mayor gen general adm admiral col colonel lt capt captain sgt
    secretary minister premier chancellor prime king queen prince princess pope judge justice
    chairman chairwoman chair sheikh ambassador"""
HONORIFICS = frozenset(_HONORIFICS.split())
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
ALIAS_KINDS = frozenset({"name", "surname"})

_NON_WORD = re.compile(r"[^\w\s-]+", re.UNICODE)
_SPACE = re.compile(r"[\s-]+")


_PRONOUNS = """i me my we us our you your he him his she her it its they them their who whom
    whose which that this these those one someone somebody anyone everyone nobody"""
PRONOUNS = frozenset(_PRONOUNS.split())
# types a tagger often gives a person's surname ("Trump said" tagged ORG): linked to a known
# person of that name first
PERSON_LIKE = frozenset({"ORG", "NORP", "UNKNOWN", ""})
# places too, but only for a person already seen at least PLACE_FLOOR times under that name,
# and more often than any place of that name ("Kasich" tagged GPE; "Jordan" stays a country)
PLACE_LIKE = frozenset({"GPE", "LOC", "FAC"})
PLACE_FLOOR = 3


def group_of(entity_type: str) -> str:
    """The linking group: people are only ever linked with people."""
    return "person" if entity_type.upper() == "PERSON" else "other"


def is_pronoun(name: str) -> bool:
    """Unresolved speakers like "they" or "who" name nobody: they get no entity."""
    return name_key(name) in PRONOUNS or not name_key(name)


@lru_cache(maxsize=200_000)
def name_key(name: str, group: str = "other") -> str:
    """The normalised form aliases are matched on."""
    s = unicodedata.normalize("NFKC", name).casefold().replace("’", "'")
    s = re.sub(r"'s\b", "", s)
    s = _NON_WORD.sub(" ", s)
    tokens = [t for t in _SPACE.split(s) if t]
    if group == "person":
        while len(tokens) > 1 and tokens[0] in HONORIFICS:
            tokens = tokens[1:]
        while len(tokens) > 1 and tokens[-1] in SUFFIXES:
            tokens = tokens[:-1]
        if len(tokens) > 2:
            tokens = [tokens[0]] + [t for t in tokens[1:-1] if len(t) > 1] + [tokens[-1]]
    elif len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    return " ".join(tokens)


def surname(key: str) -> str | None:
    tokens = key.split()
    return tokens[-1] if len(tokens) >= 2 else None


@dataclass(frozen=True, slots=True)
class Alias:
    key: str
    text: str
    kind: str  # "name" or "surname"


PARTICLES = frozenset(
    {
        "de",
        "da",
        "del",
        "della",
        "di",
        "du",
        "van",
        "von",
        "der",
        "den",
        "bin",
        "ibn",
        "al",
        "el",
        "la",
        "le",
    }
)


def name_like(text: str) -> bool:
    """Does ``text`` look like a name ("Kaja Kallas", "Hillary Rodham Clinton"), not a phrase
    ("A spokeswoman for Fiorina", "BERLIN - Donald Trump")?"""
    tokens = text.split()
    return 1 <= len(tokens) <= 4 and all(
        t[:1].isupper() or t.casefold() in PARTICLES for t in tokens
    )


def aliases_for(
    name: str, group: str, mention_texts: Iterable[str], *, strict: bool = False
) -> list[Alias]:
    """The aliases an entity with this canonical name and these name mentions contributes;
    ``strict`` keeps only those that look like a person's name."""
    out: dict[tuple[str, str], Alias] = {}
    for text in [name, *mention_texts]:
        key = name_key(text, group)
        if not key or (strict and group == "person" and not name_like(text)):
            continue
        out.setdefault((key, "name"), Alias(key, text, "name"))
        last = surname(key) if group == "person" else None
        if last:
            out.setdefault((last, "surname"), Alias(last, text.split()[-1], "surname"))
    return list(out.values())


class Linker:
    """Finds or creates the stored entity for each extracted entity, inside the writer's
    transaction (it reads and writes ``entities`` and ``aliases`` through ``conn``).

    What a name resolved to is remembered for the rest of the session (so a name keeps its
    entity while a corpus is ingested); call ``forget()`` after a rollback.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._ids: dict[tuple[str, str], int] = {}
        self._state: dict[int, tuple[str, str, str]] = {}  # id -> name, first, last seen
        self._merged: dict[int, int] = {}  # merged id -> the id it became

    def current(self, entity_id: int) -> int:
        """The id an entity has now (it may have been merged into another since)."""
        while entity_id in self._merged:
            entity_id = self._merged[entity_id]
        return entity_id

    def forget(self) -> None:
        self._ids.clear()
        self._state.clear()
        self._merged.clear()

    def lookup(self, name: str, entity_type: str | None = None) -> int | None:
        """The stored entity a name refers to, without creating one."""
        groups = [group_of(entity_type)] if entity_type else ["person", "other"]
        for group in groups:
            found = self._find(name_key(name, group), group)
            if found is not None:
                return found[0]
        return None

    def link(self, name: str, entity_type: str, mention_texts: Iterable[str], date: str) -> int:
        etype = entity_type.upper()
        group = group_of(etype)
        key = name_key(name, group) or name.casefold()
        found: int | None = None
        if group == "other" and etype in PERSON_LIKE | PLACE_LIKE:
            person = self._person_instead(name, key, etype)
            if person is not None:
                group, key, found = "person", name_key(name, "person"), person
        else:
            found = self._ids.get((key, etype))
        if found is None:
            hit = self._find(key, group)
            found = hit[0] if hit else None
        if found is None and group == "person" and surname(key):
            if _fuller_name(key.split()[-1], name):
                found = self._adopt_surname_entity(key, name)
            if found is None:
                found = self._claim_mistagged(key)
        created = found is None
        if found is None:
            cur = self.conn.execute(
                "INSERT INTO entities(name, type, kind, first_seen, last_seen) "
                "VALUES (?, ?, ?, ?, ?)",
                (name, entity_type, group, date, date),
            )
            found = int(cur.lastrowid or 0)
            self._state[found] = (name, date, date)
        else:
            self._update(found, name, key, date)
        if etype not in PERSON_LIKE | PLACE_LIKE:
            self._ids[(key, etype)] = found
        self.conn.executemany(
            "INSERT INTO aliases(key, entity_id, alias, kind, n) VALUES (?, ?, ?, ?, 1) "
            "ON CONFLICT(key, entity_id, kind) DO UPDATE SET n = n + 1",
            [
                (a.key, found, a.text, a.kind)
                for a in aliases_for(name, group, mention_texts, strict=not created)
            ],
        )
        if group == "person" and surname(key):
            self._absorb_twins(key, found)
        return found

    def _person_instead(self, name: str, key: str, etype: str) -> int | None:
        """A known person this ORG/GPE-tagged name more likely is ("Sanders" tagged GPE):
        one whose name is seen more often than any non-person of that name."""
        pkey = name_key(name, "person")
        person = self._find(pkey, "person")
        if person is None:
            return None
        if etype in PERSON_LIKE and surname(pkey) and self._best(pkey, "person", "name"):
            return person[0]  # a known person's full name: the tag is wrong
        floor = 1 if etype in PERSON_LIKE else PLACE_FLOOR
        other = self._best(key, "other", "name")
        if person[1] >= floor and (other is None or person[1] > other[1]):
            return person[0]
        return None

    def _find(self, key: str, group: str) -> tuple[int, int] | None:
        """(entity id, how often the matching alias was seen), or None."""
        if not key:
            return None
        hit = self._best(key, group, "name")
        if hit is not None:
            return hit
        tokens = key.split()
        if group == "person":
            for i in range(1, len(tokens) - 1):  # "eu foreign policy chief kaja kallas"
                hit = self._best(" ".join(tokens[i:]), group, "name")
                if hit is not None:
                    return hit
            if len(tokens) >= 3:  # "hillary rodham clinton"
                hit = self._best(f"{tokens[0]} {tokens[-1]}", group, "name")
                if hit is not None:
                    return hit
            if len(tokens) == 1:
                return self._best(key, group, "surname")
        return None

    def _best(self, key: str, group: str, kind: str) -> tuple[int, int] | None:
        row = self.conn.execute(
            "SELECT a.entity_id, a.n FROM aliases a JOIN entities e ON e.id = a.entity_id "
            "WHERE a.key = ? AND a.kind = ? AND e.kind = ? "
            "ORDER BY a.n DESC, a.entity_id LIMIT 1",
            (key, kind, group),
        ).fetchone()
        return (int(row[0]), int(row[1])) if row else None

    def _mistagged(self, key: str) -> int | None:
        """An organisation stored under this person's full name (a tagger's mistake)."""
        row = self.conn.execute(
            "SELECT e.id FROM aliases a JOIN entities e ON e.id = a.entity_id "
            "WHERE a.key = ? AND a.kind = 'name' AND e.kind = 'other' "
            "AND e.type IN ('ORG', 'NORP') ORDER BY a.n DESC LIMIT 1",
            (key,),
        ).fetchone()
        return int(row[0]) if row else None

    def _absorb_twins(self, key: str, person: int) -> None:
        """Merge into ``person`` the organisations a tagger made of them: one under their full
        name, and one under their surname when they are the best known person of that surname
        and seen by it more often than the organisation."""
        twin = self._mistagged(key)
        if twin is not None and twin != person:
            self.merge(twin, person)
        last = surname(key)
        assert last is not None
        top = self._best(last, "person", "surname")
        if top is None or top[0] != person:
            return
        row = self.conn.execute(
            "SELECT e.id, a.n FROM aliases a JOIN entities e ON e.id = a.entity_id "
            "WHERE a.key = ? AND a.kind = 'name' AND e.kind = 'other' "
            "AND e.type IN ('ORG', 'NORP') ORDER BY a.n DESC LIMIT 1",
            (last,),
        ).fetchone()
        if row is not None and top[1] > row[1]:
            self.merge(int(row[0]), person)

    def _claim_mistagged(self, key: str) -> int | None:
        """A full name stored earlier as an organisation ("Carly Fiorina" tagged ORG) is this
        person: it becomes one."""
        found = self._mistagged(key)
        if found is not None:
            self.conn.execute(
                "UPDATE entities SET kind = 'person', type = 'PERSON' WHERE id = ?", (found,)
            )
        return found

    def merge(self, src: int, dst: int) -> None:
        """Make entity ``src`` part of ``dst``: every reference, alias and role moves over."""
        c = self.conn
        for table, col in (
            ("mentions", "entity_id"),
            ("quotes", "speaker_entity_id"),
            ("claims", "about_entity_id"),
            ("claims", "source_entity_id"),
            ("quote_clusters", "speaker_entity_id"),
        ):
            c.execute(f"UPDATE {table} SET {col} = ? WHERE {col} = ?", (dst, src))
        c.execute(
            "INSERT OR IGNORE INTO roles(entity_id, role, article_id, date) "
            "SELECT ?, role, article_id, date FROM roles WHERE entity_id = ?",
            (dst, src),
        )
        c.execute(
            "INSERT OR IGNORE INTO quote_about(entity_id, date, qid) "
            "SELECT ?, date, qid FROM quote_about WHERE entity_id = ?",
            (dst, src),
        )
        c.execute(
            "INSERT INTO aliases(key, entity_id, alias, kind, n) "
            "SELECT key, ?, alias, kind, n FROM aliases WHERE entity_id = ? "
            "ON CONFLICT(key, entity_id, kind) DO UPDATE SET n = n + excluded.n",
            (dst, src),
        )
        for table in ("roles", "quote_about", "aliases"):
            c.execute(f"DELETE FROM {table} WHERE entity_id = ?", (src,))
        c.execute(
            "UPDATE entities SET "
            "first_seen = min(first_seen, (SELECT first_seen FROM entities WHERE id = :src)), "
            "last_seen = max(last_seen, (SELECT last_seen FROM entities WHERE id = :src)) "
            "WHERE id = :dst",
            {"src": src, "dst": dst},
        )
        c.execute("DELETE FROM entities WHERE id = ?", (src,))
        self._state.pop(src, None)
        self._state.pop(dst, None)
        self._merged[src] = dst
        for k, v in list(self._ids.items()):
            if v == src:
                self._ids[k] = dst

    def _adopt_surname_entity(self, key: str, name: str) -> int | None:
        """A lone-surname person stored earlier ("Kallas") becomes this full name."""
        last = surname(key)
        row = self.conn.execute(
            "SELECT e.id FROM entities e JOIN aliases a ON a.entity_id = e.id "
            "WHERE a.key = ? AND a.kind = 'name' AND e.kind = 'person' "
            "AND NOT EXISTS (SELECT 1 FROM aliases s WHERE s.entity_id = e.id "
            "                AND s.kind = 'surname') "
            "ORDER BY a.n DESC LIMIT 1",
            (last,),
        ).fetchone()
        if row is None:
            return None
        self.conn.execute("UPDATE entities SET name = ? WHERE id = ?", (name, row[0]))
        self._state.pop(int(row[0]), None)
        return int(row[0])

    def _update(self, entity_id: int, name: str, key: str, date: str) -> None:
        state = self._state.get(entity_id)
        if state is None:
            current, first, last = self.conn.execute(
                "SELECT name, first_seen, last_seen FROM entities WHERE id = ?", (entity_id,)
            ).fetchone()
            state = (current, first or date, last or date)
        current, first, last = state
        new_name = current
        if _fuller_name(current, name):
            new_name = name  # a full name replaces a lone surname
        new = (new_name, min(first, date), max(last, date))
        if new != state or entity_id not in self._state:
            self.conn.execute(
                "UPDATE entities SET name = ?, first_seen = ?, last_seen = ? WHERE id = ?",
                (*new, entity_id),
            )
        self._state[entity_id] = new


def _fuller_name(current: str, name: str) -> bool:
    """Is ``name`` ("Kaja Kallas") the full form of a lone surname ``current`` ("Kallas")?"""
    tokens = name.split()
    return (
        len(current.split()) == 1
        and 2 <= len(tokens) <= 4
        and tokens[-1].casefold() == current.casefold()
        and all(t[:1].isupper() for t in tokens)
    )
