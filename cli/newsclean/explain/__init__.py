"""`explain`: every text block of a page, in page order, with what newsclean did with it.

    from newsclean.explain import explain
    explanation = explain(page_bytes, url=...)
    for d in explanation.decisions:
        print(d.verdict, d.category, d.rule, d.text[:60])

The page is read a second time, without pruning, into its text blocks (a block element's
own text, or a line of a text dump); each block is then matched to the cleaned article:
kept in the body, assigned to a part (title, byline, bio, disclaimer ...), or removed with
the category and rule of the removal that holds it.
"""

from newsclean.explain.core import Decision, Explanation, explain

__all__ = ["Decision", "Explanation", "explain"]
