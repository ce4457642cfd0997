"""A detention site's first name used alone after the site was named in full (issue #7, round 23; GUIDELINES §2
`places`, as written): "the Krome Service Processing Center" and later "at Krome" place a count at "Krome". The traps:
a first name that is a common word of site names ("at County"), a name followed by another capitalised word (a
different thing: "at Baker Street"), and a name never written in full before. Every sentence is invented."""

from __future__ import annotations

from tasks.analysis.places import find_places


def _names(text: str) -> list[str]:
    return [m.place.name for m in find_places(text)]


def test_a_sites_first_name_alone_after_the_full_name_is_a_place() -> None:
    text = (
        "Guards at the Winfield Detention Center missed the signs, the family says. "
        "Three people have died at Winfield since 2021."
    )
    assert _names(text).count("Winfield") == 1


def test_a_first_name_followed_by_another_name_is_not_the_site() -> None:
    text = "The Winfield Detention Center opened in 2019. A rally was held at Winfield Park on Sunday."
    assert "Winfield" not in _names(text)


def test_a_first_name_never_written_in_full_before_is_not_a_site() -> None:
    text = "Three people have died at Winfield since 2021. The Winfield Detention Center denied wrongdoing."
    assert "Winfield" not in _names(text)


def test_a_common_word_of_site_names_is_not_a_short_form() -> None:
    text = "The Federal Detention Center in Miami is full. Officers said conditions at Federal were poor."
    assert "Federal" not in _names(text)
