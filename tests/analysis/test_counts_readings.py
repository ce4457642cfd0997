"""Wrong readings round 11's engineers noticed on invented sentences (issue #7, round 12): each fixed as a class and
tested here on an invented sentence beside a trap of the same words whose answer differs. (Invented here, none taken
from the dev set or a probe.)"""

from __future__ import annotations

from typed_counts import typed_counts as counts

# --- a clause that names the sentence before as its cause counts a new group, not the count going on -------------


def test_a_consequence_of_a_count_is_no_count() -> None:
    assert counts("ICE agents deported 4,000 people. That's why 2,100 families left the state.") == {
        ("deportations", 4000, "people")
    }
    assert counts("Agents arrested 300 workers. As a result, 120 families moved away.") == {("arrests", 300, "people")}


def test_a_count_told_across_sentences_still_goes_on() -> None:
    # the trap: a verbless sentence with no cause named goes on with the count before
    assert counts("ICE arrested 1,200 people in March. In April, another 1,500 people.") == {
        ("arrests", 1200, "people"),
        ("arrests", 1500, "people"),
    }
