"""Every page of every site, loaded once at 320px: nothing from another site, a strict policy
obeyed, no error, no cookie or web storage written, no sideways scrolling. This is the privacy
gate for every page, representatives included. (Links and ids of every page are checked by the
crawl, test_links.py, and its markup by the Nu checker, test_html_validity.py.)"""

from findings import fail_on
from gates import QuickLook
from sites import SitePage


def test_page_passes_the_quick_look(quick_looks: dict[str, QuickLook], any_page: SitePage) -> None:
    fail_on(quick_looks[any_page.site.name].findings(any_page.path, any_page.id))
