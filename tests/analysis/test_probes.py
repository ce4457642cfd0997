"""The invented probe stories (bench/probes/*.jsonl, scored by bench/probes.py) keep what the rules reached on them.

Two kinds of file. The development files (every name not starting "heldout": rounds 9 to 25) were written blind
and then fixed against case by case: their floors keep those fixes from being undone unnoticed, and they are no
evidence of generalisation. The heldout files (rounds 9 to 25) were written blind by engineers who fixed nothing and
are read in aggregate only, like the dev set's check part: their floors say the rules as merged still hold on
stories nobody tuned on. Each floor is the figure at merge (matched facts, and false ones as a ceiling), raised when
rules improve. A ceiling has risen only where the tagger rightly took in stories whose facts the extractor gets
partly wrong (rounds 18 and 19: by one to three on four development files and heldout13; round 20: by one to three
on eleven development files, the short briefs of bare agents; round 24: by one on precision, a reaction to raids
newly tagged; the commits that raised them say which). Round 24 relabelled hand-overs to ICE custody from arrests to
detentions in eighteen development files (convention 4, tasks/analysis/README.md): recall2's "handed over 30 people to
ICE", which the hand-over rule does not read (it takes held nouns: inmates, prisoners, detainees), lost its match.
Round 25 made a referral for prosecution of an immigration crime `charged` (convention 5): lexicon's "Border Patrol
referred 1,880 adults for prosecution for illegal entry", labelled no count before it, was relabelled charged. Round
25's tagger change (a worksite raid, a named sector's agents) took in a placeprecision3 story whose facts bring one
count the gold does not hold ("about 300 were from Guatemala"): its ceiling rose by one, as in rounds 18 to 24.
"""

from __future__ import annotations

import json
import sys

import pytest
from conftest import REPO_DIR, SHARED_DIR, require_shared

PROBES = REPO_DIR / "bench" / "probes"

#: file -> figure -> (matched at least, predicted-but-wrong at most); for "tagging" the pair is (enforcement stories
#: missed at most, other stories tagged at most), ambiguous ones left out as score.py does.
FLOORS: dict[str, dict[str, tuple[int, int]]] = {
    "counts.jsonl": {"counts": (84, 2), "counts+place": (83, 3), "quotes": (48, 0), "tagging": (1, 1)},
    "places.jsonl": {"counts": (95, 6), "counts+place": (93, 8), "quotes": (53, 2), "tagging": (0, 0)},
    "quotes.jsonl": {"counts": (26, 7), "counts+place": (23, 10), "quotes": (105, 6), "tagging": (9, 0)},
    "tagging.jsonl": {"tagging": (0, 0)},
    "tagforms.jsonl": {"tagging": (5, 0)},
    "tagforms2.jsonl": {"tagging": (0, 0)},
    "tagshort.jsonl": {"tagging": (3, 0)},
    "tagplain.jsonl": {"tagging": (0, 0)},
    "tagmiss.jsonl": {"tagging": (3, 0)},
    "tagmiss2.jsonl": {"tagging": (0, 0)},
    "tagmiss3.jsonl": {"tagging": (2, 0)},
    "tagreact.jsonl": {"tagging": (7, 0)},
    "tagplain2.jsonl": {"tagging": (0, 0)},
    "tagshort2.jsonl": {"tagging": (0, 0)},
    "briefs.jsonl": {"tagging": (2, 0)},
    "borderline.jsonl": {"tagging": (0, 0)},
    "lexicon.jsonl": {"counts": (136, 2), "counts+place": (136, 2), "quotes": (0, 0), "tagging": (6, 0)},
    "frames.jsonl": {"counts": (106, 1), "counts+place": (106, 1), "quotes": (5, 0), "tagging": (1, 0)},
    "types.jsonl": {"counts": (91, 4), "counts+place": (90, 5), "quotes": (0, 0), "tagging": (10, 0)},
    "placeframes.jsonl": {"counts": (94, 0), "counts+place": (94, 0), "quotes": (0, 0), "tagging": (2, 0)},
    "distractors.jsonl": {"counts": (79, 9), "counts+place": (77, 11), "quotes": (0, 35), "tagging": (0, 0)},
    "heldout9.jsonl": {"counts": (154, 19), "counts+place": (148, 25), "quotes": (100, 5), "tagging": (1, 0)},
    "heldout9b.jsonl": {"counts": (138, 19), "counts+place": (117, 40), "quotes": (87, 10), "tagging": (0, 0)},
    "heldout9-tagging.jsonl": {"tagging": (1, 1)},
    "heldout10.jsonl": {"counts": (142, 24), "counts+place": (124, 42), "quotes": (115, 7), "tagging": (1, 0)},
    "heldout10-tagging.jsonl": {"tagging": (3, 0)},
    "heldout11.jsonl": {"counts": (121, 25), "counts+place": (119, 27), "quotes": (87, 9), "tagging": (1, 0)},
    "heldout11-tagging.jsonl": {"tagging": (1, 3)},
    "heldout12.jsonl": {"counts": (175, 18), "counts+place": (168, 25), "quotes": (138, 14), "tagging": (0, 0)},
    "heldout12-tagging.jsonl": {"tagging": (4, 0)},
    "heldout13.jsonl": {"counts": (120, 26), "counts+place": (115, 31), "quotes": (125, 5), "tagging": (1, 0)},
    "heldout13-tagging.jsonl": {"tagging": (3, 0)},
    "heldout14.jsonl": {"counts": (132, 17), "counts+place": (116, 33), "quotes": (105, 15), "tagging": (3, 0)},
    "heldout14-tagging.jsonl": {"tagging": (0, 2)},
    "heldout15.jsonl": {"counts": (170, 30), "counts+place": (158, 42), "quotes": (115, 9), "tagging": (0, 0)},
    "heldout15-tagging.jsonl": {"tagging": (0, 2)},
    "heldout16.jsonl": {"counts": (164, 32), "counts+place": (151, 45), "quotes": (105, 5), "tagging": (0, 0)},
    "heldout16-tagging.jsonl": {"tagging": (0, 2)},
    "heldout17.jsonl": {"counts": (143, 26), "counts+place": (128, 41), "quotes": (79, 9), "tagging": (3, 0)},
    "heldout17-tagging.jsonl": {"tagging": (1, 1)},
    "heldout18.jsonl": {"counts": (143, 24), "counts+place": (134, 33), "quotes": (96, 13), "tagging": (1, 0)},
    "heldout18-tagging.jsonl": {"tagging": (0, 1)},
    "heldout19.jsonl": {"counts": (157, 13), "counts+place": (139, 31), "quotes": (113, 7), "tagging": (0, 0)},
    "heldout19-tagging.jsonl": {"tagging": (0, 1)},
    "heldout20.jsonl": {"counts": (196, 24), "counts+place": (184, 36), "quotes": (105, 7), "tagging": (0, 1)},
    "heldout20-tagging.jsonl": {"tagging": (0, 0)},
    "heldout21.jsonl": {"counts": (161, 17), "counts+place": (154, 24), "quotes": (90, 4), "tagging": (2, 0)},
    "heldout21-tagging.jsonl": {"tagging": (5, 1)},
    "heldout22.jsonl": {"counts": (156, 34), "counts+place": (140, 50), "quotes": (99, 4), "tagging": (0, 0)},
    "heldout22-tagging.jsonl": {"tagging": (2, 0)},
    "heldout23.jsonl": {"counts": (164, 19), "counts+place": (154, 29), "quotes": (94, 7), "tagging": (0, 0)},
    "heldout23-tagging.jsonl": {"tagging": (1, 0)},
    "heldout23b.jsonl": {"counts": (169, 16), "counts+place": (152, 33), "quotes": (99, 2), "tagging": (1, 0)},
    "heldout23b-tagging.jsonl": {"tagging": (0, 1)},
    "heldout23c.jsonl": {"counts": (165, 28), "counts+place": (142, 51), "quotes": (104, 4), "tagging": (0, 0)},
    "heldout23c-tagging.jsonl": {"tagging": (2, 2)},
    "heldout24.jsonl": {"counts": (159, 11), "counts+place": (141, 29), "quotes": (98, 10), "tagging": (0, 0)},
    "heldout24-tagging.jsonl": {"tagging": (3, 0)},
    "heldout24b.jsonl": {"counts": (156, 17), "counts+place": (146, 27), "quotes": (95, 8), "tagging": (1, 0)},
    "heldout24b-tagging.jsonl": {"tagging": (3, 1)},
    "heldout25.jsonl": {"counts": (166, 26), "counts+place": (150, 42), "quotes": (94, 8), "tagging": (1, 0)},
    "heldout25-tagging.jsonl": {"tagging": (4, 2)},
    "heldout25b.jsonl": {"counts": (166, 12), "counts+place": (145, 33), "quotes": (88, 4), "tagging": (1, 0)},
    "heldout25b-tagging.jsonl": {"tagging": (1, 1)},
    "partial.jsonl": {"tagging": (1, 0)},
    "precision.jsonl": {"counts": (62, 2), "counts+place": (57, 7), "quotes": (27, 2), "tagging": (2, 0)},
    "contextplaces.jsonl": {"counts": (19, 2), "counts+place": (19, 2), "quotes": (0, 0), "tagging": (7, 0)},
    "placecarry.jsonl": {"counts": (31, 8), "counts+place": (23, 16), "quotes": (0, 0), "tagging": (0, 0)},
    "siteplaces.jsonl": {"counts": (9, 2), "counts+place": (7, 4), "quotes": (0, 0), "tagging": (0, 0)},
    "severalplaces.jsonl": {"counts": (43, 0), "counts+place": (43, 0), "quotes": (0, 0), "tagging": (0, 0)},
    "placeown.jsonl": {"counts": (36, 4), "counts+place": (34, 6), "quotes": (0, 0), "tagging": (0, 0)},
    "placechoice.jsonl": {"counts": (28, 1), "counts+place": (28, 1), "quotes": (0, 0), "tagging": (2, 0)},
    "styles.jsonl": {"counts": (26, 1), "counts+place": (26, 1), "quotes": (10, 0), "tagging": (10, 0)},
    "attributions.jsonl": {"counts": (0, 1), "counts+place": (0, 1), "quotes": (209, 4), "tagging": (0, 0)},
    "streammix.jsonl": {"tagging": (2, 0)},
    "contextcounts.jsonl": {"counts": (65, 4), "counts+place": (61, 8), "quotes": (0, 0), "tagging": (5, 0)},
    "precision2.jsonl": {"counts": (55, 8), "counts+place": (54, 9), "quotes": (7, 0), "tagging": (5, 0)},
    "precision3.jsonl": {"counts": (48, 12), "counts+place": (47, 13), "quotes": (0, 0), "tagging": (3, 0)},
    "speakers.jsonl": {"quotes": (84, 0), "tagging": (0, 0)},  # quotes only: its facts are not labelled
    "offices.jsonl": {"quotes": (54, 1), "tagging": (0, 0)},  # quotes only: its facts are not labelled
    "shortforms.jsonl": {"tagging": (1, 0)},
    "angles.jsonl": {"tagging": (1, 0)},
    "substance.jsonl": {"tagging": (0, 0)},
    "types2.jsonl": {"counts": (38, 0), "counts+place": (36, 2), "quotes": (0, 0), "tagging": (2, 0)},
    "types3.jsonl": {"counts": (51, 0), "counts+place": (49, 2), "quotes": (0, 0), "tagging": (0, 0)},
    "types4.jsonl": {"counts": (40, 1), "counts+place": (39, 2), "quotes": (0, 0), "tagging": (1, 0)},
    "types5.jsonl": {"counts": (34, 2), "counts+place": (33, 3), "quotes": (0, 0), "tagging": (4, 0)},
    "types6.jsonl": {"counts": (47, 2), "counts+place": (45, 4), "quotes": (0, 0), "tagging": (0, 0)},
    "types7.jsonl": {"counts": (19, 2), "counts+place": (18, 3), "quotes": (0, 1), "tagging": (0, 0)},
    "raretypes.jsonl": {"counts": (36, 1), "counts+place": (36, 1), "quotes": (0, 0), "tagging": (0, 0)},
    "raretypes2.jsonl": {"counts": (41, 1), "counts+place": (38, 4), "quotes": (0, 0), "tagging": (3, 1)},
    "deaths2.jsonl": {"counts": (18, 1), "counts+place": (18, 1), "quotes": (1, 0), "tagging": (2, 0)},
    "detentions.jsonl": {"counts": (47, 4), "counts+place": (47, 4), "quotes": (0, 0), "tagging": (4, 0)},
    "detentions2.jsonl": {"counts": (39, 0), "counts+place": (36, 3), "quotes": (1, 0), "tagging": (2, 0)},
    "arrests.jsonl": {"counts": (9, 0), "counts+place": (9, 0), "quotes": (0, 0), "tagging": (0, 0)},
    "deportations.jsonl": {"counts": (35, 0), "counts+place": (31, 4), "quotes": (0, 0), "tagging": (3, 0)},
    "quotes3.jsonl": {"quotes": (78, 0), "tagging": (8, 0)},  # quotes only: its facts are not labelled
    "quotes4.jsonl": {"quotes": (71, 0), "tagging": (1, 0)},  # quotes only: its facts are not labelled
    "recall2.jsonl": {"counts": (68, 8), "counts+place": (64, 12), "quotes": (3, 0), "tagging": (5, 0)},
    "prosecutions.jsonl": {"counts": (40, 5), "counts+place": (38, 7), "quotes": (0, 0), "tagging": (1, 0)},
    "prosecutions2.jsonl": {"counts": (49, 0), "counts+place": (49, 0), "quotes": (0, 0), "tagging": (4, 0)},
    "precision4.jsonl": {"counts": (51, 2), "counts+place": (50, 3), "quotes": (0, 0), "tagging": (1, 0)},
    "precision5.jsonl": {"counts": (41, 9), "counts+place": (41, 9), "quotes": (0, 0), "tagging": (1, 0)},
    "recall3.jsonl": {"counts": (42, 5), "counts+place": (41, 6), "quotes": (2, 1), "tagging": (3, 0)},
    "recallstories.jsonl": {"tagging": (7, 0)},
    "placeprecision.jsonl": {"counts": (23, 6), "counts+place": (22, 7), "quotes": (1, 0), "tagging": (1, 0)},
    "placeprecision2.jsonl": {"counts": (47, 7), "counts+place": (46, 8), "quotes": (0, 0), "tagging": (4, 0)},
    "recall4.jsonl": {"counts": (53, 7), "counts+place": (52, 8), "quotes": (0, 0), "tagging": (0, 0)},
    "quotes5.jsonl": {"quotes": (71, 1), "tagging": (0, 0)},  # quotes only: its facts are not labelled
    "quotes6.jsonl": {"quotes": (31, 3), "tagging": (3, 0)},  # quotes only: its facts are not labelled
    "quotes7.jsonl": {"quotes": (14, 0), "tagging": (25, 0)},  # quotes only; short passages the tagger mostly leaves
    "quotes8.jsonl": {"quotes": (32, 5), "tagging": (13, 0)},  # quotes only; short passages the tagger partly leaves
    "quotes9.jsonl": {"quotes": (16, 1), "tagging": (2, 0)},  # quotes only; names with place words, unnamed bodies
    "quotes10.jsonl": {  # scare quotes, epithets, titles and slogans in quotation marks beside short real quotes
        "counts": (1, 0),
        "counts+place": (1, 0),
        "quotes": (3, 0),
        "tagging": (7, 0),
    },
    # quotes only; multi-paragraph, carried, title-only, relatives' and bodies' quotes, traps (7 stories untagged)
    "quotes11.jsonl": {"quotes": (57, 0), "tagging": (7, 0)},
    "quotes12.jsonl": {"counts": (1, 2), "counts+place": (1, 2), "quotes": (33, 1), "tagging": (7, 0)},
    "quotes13.jsonl": {"counts": (5, 2), "counts+place": (4, 3), "quotes": (31, 0), "tagging": (6, 0)},
    "records.jsonl": {"counts": (64, 3), "counts+place": (64, 3), "quotes": (1, 1), "tagging": (1, 1)},
    "arrests2.jsonl": {"counts": (42, 2), "counts+place": (41, 3), "quotes": (0, 0), "tagging": (1, 0)},
    "placerecall.jsonl": {"counts": (37, 2), "counts+place": (36, 3), "quotes": (0, 0), "tagging": (2, 0)},
    "placerecall2.jsonl": {"counts": (52, 1), "counts+place": (52, 1), "quotes": (0, 0), "tagging": (2, 0)},
    "placetowns.jsonl": {"counts": (23, 1), "counts+place": (22, 2), "quotes": (0, 0), "tagging": (0, 0)},
    "recall5.jsonl": {"counts": (71, 3), "counts+place": (70, 4), "quotes": (0, 0), "tagging": (4, 0)},
    "precision6.jsonl": {"counts": (47, 3), "counts+place": (46, 4), "quotes": (0, 0), "tagging": (8, 1)},
    "arrests3.jsonl": {"counts": (45, 3), "counts+place": (44, 4), "quotes": (1, 0), "tagging": (3, 0)},
    "arrests4.jsonl": {"counts": (36, 1), "counts+place": (35, 2), "quotes": (1, 0), "tagging": (5, 0)},
    "arrests5.jsonl": {"counts": (39, 0), "counts+place": (38, 1), "quotes": (4, 0), "tagging": (2, 2)},
    "recall6.jsonl": {"counts": (51, 0), "counts+place": (47, 4), "quotes": (0, 0), "tagging": (3, 0)},
    "recall7.jsonl": {"counts": (35, 0), "counts+place": (32, 3), "quotes": (0, 1), "tagging": (2, 0)},
    "recall9.jsonl": {"counts": (45, 0), "counts+place": (44, 1), "quotes": (3, 1), "tagging": (5, 0)},
    "recall10.jsonl": {"counts": (45, 0), "counts+place": (38, 7), "quotes": (4, 0), "tagging": (1, 0)},
    "recall11.jsonl": {"counts": (29, 4), "counts+place": (26, 7), "quotes": (3, 0), "tagging": (0, 0)},
    "recall12.jsonl": {"counts": (33, 3), "counts+place": (27, 9), "quotes": (2, 0), "tagging": (0, 0)},
    "deportations2.jsonl": {"counts": (34, 0), "counts+place": (34, 0), "quotes": (0, 0), "tagging": (2, 0)},
    "recall8.jsonl": {"counts": (44, 0), "counts+place": (44, 0), "quotes": (2, 0), "tagging": (7, 1)},
    "leftovers.jsonl": {"counts": (19, 6), "counts+place": (17, 8), "quotes": (0, 1), "tagging": (1, 1)},
    "precision7.jsonl": {"counts": (68, 3), "counts+place": (61, 10), "quotes": (0, 0), "tagging": (0, 0)},
    "precision8.jsonl": {"counts": (52, 7), "counts+place": (50, 9), "quotes": (3, 0), "tagging": (1, 0)},
    "placewhich.jsonl": {"counts": (35, 8), "counts+place": (32, 11), "quotes": (0, 0), "tagging": (0, 0)},
    "spurious.jsonl": {"counts": (77, 6), "counts+place": (72, 11), "quotes": (0, 0), "tagging": (2, 0)},
    "spurious2.jsonl": {"counts": (50, 2), "counts+place": (49, 3), "quotes": (3, 0), "tagging": (1, 0)},
    "precision9.jsonl": {"counts": (23, 3), "counts+place": (19, 7), "quotes": (0, 0), "tagging": (1, 0)},
    "precision10.jsonl": {"counts": (48, 3), "counts+place": (43, 8), "quotes": (4, 2), "tagging": (0, 0)},
    "precision11.jsonl": {"counts": (26, 1), "counts+place": (23, 4), "quotes": (2, 0), "tagging": (0, 0)},
    "precision12.jsonl": {"counts": (27, 0), "counts+place": (26, 1), "quotes": (0, 0), "tagging": (1, 0)},
    "precision13.jsonl": {"counts": (23, 2), "counts+place": (22, 3), "quotes": (3, 0), "tagging": (1, 0)},
    "handovers.jsonl": {"counts": (11, 2), "counts+place": (9, 4), "quotes": (0, 0), "tagging": (1, 0)},
    "handovers2.jsonl": {"counts": (13, 5), "counts+place": (9, 9), "quotes": (1, 0), "tagging": (1, 0)},
    "parts.jsonl": {"counts": (33, 0), "counts+place": (33, 0), "quotes": (0, 0), "tagging": (1, 0)},
    "parts2.jsonl": {"counts": (36, 0), "counts+place": (35, 1), "quotes": (0, 0), "tagging": (0, 0)},
    "placeforms.jsonl": {"counts": (15, 2), "counts+place": (11, 6), "quotes": (0, 0), "tagging": (2, 0)},
    "placenames.jsonl": {"counts": (12, 2), "counts+place": (12, 2), "quotes": (0, 0), "tagging": (1, 0)},
    "borderb.jsonl": {"counts": (28, 1), "counts+place": (28, 1), "quotes": (0, 0), "tagging": (1, 0)},
    "placeprecision3.jsonl": {"counts": (44, 3), "counts+place": (42, 5), "quotes": (0, 0), "tagging": (3, 1)},
    "border3.jsonl": {"counts": (53, 1), "counts+place": (51, 3), "quotes": (0, 0), "tagging": (2, 0)},
    "border4.jsonl": {"counts": (55, 0), "counts+place": (51, 4), "quotes": (0, 0), "tagging": (0, 0)},
    "placeprecision4.jsonl": {"counts": (46, 1), "counts+place": (46, 1), "quotes": (0, 0), "tagging": (3, 0)},
    "types8.jsonl": {"counts": (57, 3), "counts+place": (57, 3), "quotes": (0, 0), "tagging": (1, 0)},
    "border5.jsonl": {"counts": (22, 0), "counts+place": (20, 2), "quotes": (0, 0), "tagging": (2, 0)},
    "types9.jsonl": {"counts": (36, 1), "counts+place": (34, 3), "quotes": (2, 1), "tagging": (1, 0)},
    "placeprecision5.jsonl": {"counts": (44, 3), "counts+place": (41, 6), "quotes": (1, 0), "tagging": (0, 1)},
    "deportations3.jsonl": {"counts": (19, 2), "counts+place": (18, 3), "quotes": (0, 0), "tagging": (2, 0)},
    "border6.jsonl": {"counts": (12, 0), "counts+place": (10, 2), "quotes": (0, 0), "tagging": (2, 0)},
    "quotes14.jsonl": {"counts": (1, 0), "counts+place": (1, 0), "quotes": (22, 0), "tagging": (6, 0)},
    "types10.jsonl": {"counts": (31, 1), "counts+place": (28, 4), "quotes": (0, 0), "tagging": (0, 0)},
    "quotes15.jsonl": {"quotes": (30, 0), "tagging": (2, 0)},  # quotes only: no story states a count
    "prosecutions3.jsonl": {"counts": (28, 0), "counts+place": (24, 4), "quotes": (2, 0), "tagging": (2, 0)},
    "placeprecision6.jsonl": {"counts": (25, 4), "counts+place": (23, 6), "quotes": (0, 0), "tagging": (2, 0)},
}


def _figures(name: str) -> dict[str, tuple[int, int]]:
    """(matched, wrong) per figure for one probe file, as bench/probes.py scores it; tagging as (missed, false)."""
    sys.path.insert(0, str(REPO_DIR))
    from bench.devset import read_jsonl
    from bench.evaluate import _score_module
    from bench.probes import predict, score_file

    probes = read_jsonl(PROBES / name)
    totals = score_file(probes, predict(probes), _score_module(SHARED_DIR / "gold"))
    figures = {key: (tp, n_pred - tp) for key, (tp, n_pred, _) in totals.by_family["(all)"].items()}
    return {**figures, "tagging": (totals.missed, totals.false_positives)}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_probe_file_keeps_its_floor(name: str) -> None:
    require_shared("gold", "score.py")
    got = _figures(name)
    for figure, (floor, ceiling) in FLOORS[name].items():
        if figure == "tagging":
            missed, false_positives = got["tagging"]
            assert missed <= floor and false_positives <= ceiling, (name, got["tagging"])
        else:
            matched, wrong = got[figure]
            assert matched >= floor and wrong <= ceiling, (name, figure, got[figure])


def test_every_probe_file_has_a_floor() -> None:
    assert {path.name for path in PROBES.glob("*.jsonl")} == set(FLOORS)


def test_probe_files_are_well_formed() -> None:
    for path in PROBES.glob("*.jsonl"):
        ids = []
        for line in path.open(encoding="utf-8"):
            probe = json.loads(line)
            assert {"id", "family", "title", "text", "published", "label", "facts", "quotes"} <= set(probe), path
            ids.append(probe["id"])
        assert len(ids) == len(set(ids)), path
