"""Back, Change, Start again, the browser's Back and Forward, and the error summary, in each aid."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from browser import open_page
from wizard_walk import Aid, answer_numbers, choose, continue_, focused, heading, start, step_name, tab_to


def _longest(aid: Aid):
    return max(aid.paths, key=lambda p: len(p.steps))


def test_with_javascript_the_browser_back_and_forward_buttons_move_between_questions(browser: Browser, servers: dict, aid: Aid) -> None:
    path = _longest(aid)
    with open_page(browser) as page:
        start(page, aid, servers[aid.site])
        for step in path.steps:
            choose(page, step.answer)
        assert heading(page) == path.outcome
        assert page.url.endswith("#" + step_name(answer_numbers(path)))
        page.go_back()
        assert heading(page) == path.steps[-1].text
        checked = page.evaluate("() => document.querySelector('input[name=answer]:checked')?.labels[0].innerText.trim()")
        assert checked == path.steps[-1].answer, "going back should keep the answer given"
        page.go_forward()
        assert heading(page) == path.outcome


def test_with_javascript_change_goes_to_the_question_with_its_answer_chosen_and_back_link_steps_back(browser: Browser, servers: dict, aid: Aid) -> None:
    path = _longest(aid)
    first = path.steps[0]
    with open_page(browser) as page:
        start(page, aid, servers[aid.site])
        for step in path.steps:
            choose(page, step.answer)
        change = page.get_by_role("link", name=f"Change your answer to: {first.text}")
        change.focus()
        page.keyboard.press("Enter")
        assert heading(page) == first.text
        assert focused(page)["heading"]
        checked = page.evaluate("() => document.querySelector('input[name=answer]:checked')?.labels[0].innerText.trim()")
        assert checked == first.answer
        choose(page, path.steps[0].answer)
        assert heading(page) == path.steps[1].text if len(path.steps) > 1 else path.outcome
        back = page.locator("[data-wizard-back]")
        back.focus()
        page.keyboard.press("Enter")
        assert heading(page) == first.text


@pytest.mark.parametrize("javascript", [True, False], ids=["JavaScript on", "JavaScript off"])
def test_start_again_returns_to_the_start_page(browser: Browser, servers: dict, aid: Aid, javascript: bool) -> None:
    path = _longest(aid)
    with open_page(browser, javascript=javascript) as page:
        page.goto(aid.url(servers[aid.site], step_name(answer_numbers(path)) + ".html"))
        tab_to(page, lambda f: f["tag"] == "a" and f["text"] == "Start again", '"Start again"')
        with page.expect_navigation():
            page.keyboard.press("Enter")
        assert page.url == aid.url(servers[aid.site])
        assert page.get_by_role("link", name="Start now").is_visible()


def test_without_javascript_change_and_back_are_links_to_the_static_pages(browser: Browser, servers: dict, aid: Aid) -> None:
    path = _longest(aid)
    numbers = answer_numbers(path)
    origin = servers[aid.site]
    with open_page(browser, javascript=False) as page:
        page.goto(aid.url(origin, step_name(numbers) + ".html"))
        page.get_by_role("link", name=f"Change your answer to: {path.steps[-1].text}").click()
        assert page.url == aid.url(origin, step_name(numbers[:-1]) + ".html")
        assert heading(page) == path.steps[-1].text
        page.locator("[data-wizard-back]").click()
        assert heading(page) == (path.steps[-2].text if len(path.steps) > 1 else aid.title)


def test_pressing_continue_without_choosing_shows_there_is_a_problem(browser: Browser, servers: dict, aid: Aid) -> None:
    with open_page(browser) as page:
        start(page, aid, servers[aid.site])
        question = heading(page)
        continue_(page)
        summary = page.locator("[data-error-summary]")
        assert summary.is_visible()
        assert summary.get_attribute("role") == "alert"
        assert summary.locator("h2").inner_text() == "There is a problem"
        assert page.evaluate("() => document.activeElement.hasAttribute('data-error-summary')"), "focus should move to the error summary"
        assert page.locator("[data-error-message]").is_visible()
        assert "question-error" in page.locator("fieldset").get_attribute("aria-describedby")
        assert page.title().startswith("Error: ")
        assert heading(page) == question
        tab_to(page, lambda f: f["tag"] == "a" and f["text"] == "Select an answer", "the error summary's link")
        page.keyboard.press("Enter")
        assert page.evaluate("() => document.activeElement.id") == "answer-1"
        page.keyboard.press("Space")
        continue_(page)
        assert heading(page) != question
