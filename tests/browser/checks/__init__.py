"""The browser checks of one loaded page, each a function that raises AssertionError naming what
is wrong. tests/browser/test_every_page.py loads each registered page twice per language (with and
without JavaScript) and runs every check on those loads, each as its own subtest; the portal's
public pages have no JavaScript of their own, so resizing a loaded page lays it out as loading it
at that size would.
"""
