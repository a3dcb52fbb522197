"""Search, in the browser, on the 64-briefing fixture library (`library_fixture_site()` in
sites.py, the Swift test `LibraryFixtureSiteTests`'s export): a practitioner finds a briefing by a
word of its text and opens it by keyboard alone, on a desktop and a 320px phone, from a server and
from disk; without JavaScript the page says so and leads to the topics; axe finds nothing on the
page with results."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from browser import open_page
from findings import fail_on
from gates import axe_findings
from gates.privacy import PrivacyWatch
from sites import library_fixture_site

REPO = Path(__file__).resolve().parents[2]
#: In the body of briefing 17 and of no other briefing (LibraryFixture.markdown).
WORD = "marker17word"
BRIEFING = "briefings/briefing-17/index.html"


@pytest.fixture(scope="module")
def library_dir() -> Path:
    return library_fixture_site()


@pytest.fixture(scope="module")
def library_url(servers: dict[str, str]) -> str:
    return servers["library"]


def test_the_word_is_in_one_briefing_only(library_dir: Path) -> None:
    pages = [p for p in (library_dir / "briefings").glob("*/index.html") if WORD in p.read_text(encoding="utf-8")]
    assert [p.relative_to(library_dir).as_posix() for p in pages] == [BRIEFING]


def _tab_to(page: Page, selector: str, limit: int = 40) -> None:
    """Presses Tab until the element matching `selector` has the focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
    raise AssertionError(f"{selector} was not reached in {limit} presses of Tab")


def _search_by_keyboard(page: Page, word: str) -> None:
    _tab_to(page, "#search-words")
    page.keyboard.type(word)
    page.keyboard.press("Enter")


@pytest.mark.parametrize("view", ["desktop", "320px"])
def test_a_word_of_one_briefing_finds_it_and_the_keyboard_opens_it(
        browser: Browser, library_url: str, view: str) -> None:
    with open_page(browser, view) as page:
        watch = PrivacyWatch(page, library_url)
        page.goto(library_url + "index.html")
        _tab_to(page, "a[href='search/index.html']")      # the header's Search link
        page.keyboard.press("Enter")
        page.wait_for_url("**/search/index.html")
        _search_by_keyboard(page, WORD)
        expect(page.locator("[role=status]")).to_have_text(f"1 briefing found for \u2018{WORD}\u2019.")
        assert "?q=" + WORD in page.url, "the search stays in the address"
        results = page.locator("[data-search-results] a")
        expect(results).to_have_count(1)
        _tab_to(page, "[data-search-results] a")
        page.keyboard.press("Enter")
        page.wait_for_url("**/" + BRIEFING)
        fail_on(watch.findings(f"search @ {view}"))


def test_the_start_of_a_word_and_several_words_narrow_the_results(browser: Browser, library_url: str) -> None:
    with open_page(browser) as page:
        page.goto(library_url + "search/index.html?q=marker17wo")
        expect(page.locator("[data-search-results] a")).to_have_count(1)
        page.goto(library_url + "search/index.html?q=Exploitation")
        everyone = page.locator("[data-search-results] a").count()
        assert everyone >= 10, "a topic finds its briefings"
        page.goto(library_url + "search/index.html?q=Exploitation+marker13word")
        expect(page.locator("[data-search-results] a")).to_have_text(["Briefing 13 on Exploitation"])
        page.goto(library_url + "search/index.html?q=marker5word")     # withdrawn: in no list
        expect(page.locator("[role=status]")).to_contain_text("No briefings found")
        expect(page.locator("[data-search-results]")).to_be_hidden()


@pytest.mark.parametrize("view", ["desktop", "320px"])
def test_the_page_with_results_passes_axe(browser: Browser, library_url: str, view: str) -> None:
    with open_page(browser, view) as page:
        page.goto(library_url + "search/index.html?q=safeguarding")
        expect(page.locator("[data-search-results] li")).to_have_count(63)
        fail_on(axe_findings(page, f"search/index.html?q=safeguarding @ {view}"))
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"the page scrolls sideways by {overflow}px"


def test_without_javascript_the_page_says_so_and_leads_to_the_topics(browser: Browser, library_url: str) -> None:
    with open_page(browser, javascript=False) as page:
        page.goto(library_url + "search/index.html")
        expect(page.get_by_text("Search needs JavaScript")).to_be_visible()
        expect(page.locator("form")).to_be_hidden()
        topics = page.locator("[data-search-unavailable] a[href^='../topics/']")
        expect(topics).to_have_count(6)
        topics.first.click()
        page.wait_for_url("**/topics/*/index.html")
        expect(page.locator("h1")).to_be_visible()


def test_search_works_from_a_page_opened_from_disk(browser: Browser, library_dir: Path) -> None:
    with open_page(browser) as page:
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto((library_dir / "search" / "index.html").as_uri())
        _search_by_keyboard(page, WORD)
        expect(page.locator("[role=status]")).to_have_text(f"1 briefing found for \u2018{WORD}\u2019.")
        _tab_to(page, "[data-search-results] a")
        page.keyboard.press("Enter")
        page.wait_for_url("**/" + BRIEFING)
        assert page.url.startswith("file://") and not errors


def test_a_word_only_in_a_decision_aid_question_finds_its_briefing(browser: Browser, servers: dict[str, str], site_dir: Path) -> None:
    """On the site under test: "legitimate" is in the seed's first question ("Is there a clear and
    legitimate purpose…") and not in its Markdown."""
    markdown = (REPO / "content" / "information-sharing.md").read_text(encoding="utf-8").lower()
    if "legitimate" in markdown or not (site_dir / "briefings" / "information-sharing").is_dir():
        pytest.skip("the seed's Markdown now has the word, or the site under test is not the seed's")
    with open_page(browser) as page:
        page.goto(servers["site"] + "search/index.html?q=legitimate")
        expect(page.locator("[data-search-results] a")).to_have_attribute(
            "href", "../briefings/information-sharing/index.html")
