"""The vocabulary of counts, by theme: the words and phrase shapes that type a count (what a number counts, what
happened to those counted) and those by which a GUIDELINES §2 rule sets a number aside; the shapes of a part, its
whole and a share; the border's geography; frames, records, deaths and custody.

They are kept apart from `counts.py`, which reads a number in steps (its clause, the noun after it, its trap, its cue,
its frame) and reads these as `<module>.NAME` (`vocabulary.HEAD`, `traps.CHANGE_VERB` ...). Each module runs in
sections, each named by what it holds, and keeps the comment that says which phrasing each pattern catches.

Modules, in import order (a module imports names only from those before it, so a new section that borrows from a
later module goes there):
- `vocabulary`: What a number counts and what happened to those counted
- `geography`: Where a count is
- `traps`: Exclusions
- `parts`: Parts, wholes and shares
- `frames`: Frames a number sits in
- `convictions`: Prosecutions and records
- `deaths`: Deaths
- `detention`: Custody
- `actions`: Who an action took and what was done to them next

A new section goes at the end of the module of its theme; when none fits, at the end of `actions.py`. A name is
defined before the patterns built from it; a word list that several patterns share has one name, in the first module
that needs it (`vocabulary.CUSTODY_WORDS` and `vocabulary.DETAIN_WORDS` for custody, `vocabulary.HEAD_MODIFIERS` and
`vocabulary.HEAD_PARTITIVE` for a counted noun phrase, `parts.SHARE_FRACTION` for a share in words,
`traps.IMMIGRATION_HOLD_WORDS` for people held for immigration), and later modules import it.
"""
