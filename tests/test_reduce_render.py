"""Stages 5 and 7: markup to blocks, and blocks to Markdown, text and HTML."""

from __future__ import annotations

import newsclean
from newsclean.model import Code, Figure, Heading, ListBlock, Paragraph, Quote, Span, Style, Table
from newsclean.render.html import render_html
from newsclean.render.markdown import escape, render_body, render_document
from newsclean.render.text import render_text

LEDE = "<p>" + "The river rose to its highest level in a decade, and towns along its banks prepared. " * 3 + "</p>"


def article(body: str, url: str = "https://news.example/a/story"):
    page = f"<html><head><title>Story</title></head><body><article>{LEDE}{body}</article></body></html>"
    return newsclean.clean(page, url=url)


def test_block_vocabulary():
    a = article("""
      <h2>What happened</h2>
      <p>Water <strong>reached</strong> the <em>old</em> bridge; see <a href="/map">the map</a>.<br>Then it fell.</p>
      <ul><li>First item</li><li>Second item<ul><li>Nested item</li></ul></li></ul>
      <ol start="3"><li>Third</li><li>Fourth</li></ol>
      <blockquote><p>It was the worst in years, said the mayor.</p></blockquote>
      <table><tr><th>Town</th><th>Level</th></tr><tr><td>Ashby</td><td>4.2 m</td></tr></table>
      <figure><img src="/img/flood.jpg" alt="Flooded street">
        <figcaption>The flooded high street. Photo: A. Lee</figcaption></figure>
      <pre><code class="language-python">print("levels")</code></pre>
    """)
    kinds = [type(b) for b in a.blocks]
    assert kinds == [Paragraph, Heading, Paragraph, ListBlock, ListBlock, Quote, Table, Figure, Code]
    para = a.blocks[2]
    assert isinstance(para, Paragraph)
    assert Span("reached", None, Style.STRONG) in para.spans
    assert Span("the map", "https://news.example/map", Style.PLAIN) in para.spans
    figure = a.blocks[7]
    assert isinstance(figure, Figure) and figure.src == "https://news.example/img/flood.jpg"


def test_markdown_rendering():
    a = article("""
      <h2>What happened</h2>
      <p>Water <strong>reached</strong> the <em>old</em> bridge; see <a href="/map">the map</a>.<br>Then it fell.</p>
      <ul><li>First item</li><li>Second item<ul><li>Nested item</li></ul></li></ul>
      <ol start="3"><li>Third</li><li>Fourth</li></ol>
      <blockquote><p>It was the worst in years.</p><p>Said the mayor.</p></blockquote>
      <table><tr><th>Town</th><th>Level</th></tr><tr><td>Ashby</td><td>4.2 m</td></tr></table>
      <figure><img src="/img/flood.jpg" alt="Flooded street"><figcaption>The flooded high street.</figcaption></figure>
    """)
    md = a.markdown
    assert "\n\n## What happened\n\n" in md
    assert ("Water **reached** the *old* bridge; see [the map](https://news.example/map).\\\nThen it fell."
            in md)
    assert "- First item\n- Second item\n  - Nested item" in md
    assert "3. Third\n4. Fourth" in md
    assert "> It was the worst in years.\n>\n> Said the mayor." in md
    assert "| Town | Level |\n| --- | --- |\n| Ashby | 4.2 m |" in md
    assert "![Flooded street](https://news.example/img/flood.jpg)\n*The flooded high street.*" in md
    assert not any(line != line.rstrip() for line in md.splitlines())
    assert "\n\n\n" not in md


def test_no_links_keeps_the_words():
    a = article('<p>See <a href="/map">the map</a> for details.</p>')
    assert "See the map for details." in render_body(a.blocks, links=False)


def test_text_rendering_leaves_out_figures_and_markup():
    a = article("""<ul><li>One</li><li>Two</li></ul>
      <table><tr><th>Town</th><th>Level</th></tr><tr><td>Ashby</td><td>4.2 m</td></tr></table>
      <figure><img src="/x.jpg"><figcaption>Caption text</figcaption></figure>""")
    assert a.text.endswith("One\nTwo\n\nTown\tLevel\nAshby\t4.2 m")
    assert "Caption text" not in a.text


def test_markdown_escapes_and_line_starts():
    assert escape("2 * 3 = [six] `x` \\ snake_case _under_") == \
        "2 \\* 3 = \\[six\\] \\`x\\` \\\\ snake_case \\_under\\_"
    md = render_body([Paragraph((Span("# not a heading"),)), Paragraph((Span("1. not a list"),))])
    assert md == "\\# not a heading\n\n1\\. not a list"


def test_heading_levels_start_at_two():
    md = render_body([Heading(3, (Span("Deep"),)), Heading(4, (Span("Deeper"),)), Heading(1, (Span("Top"),))])
    assert md.split("\n\n") == ["### Deep", "#### Deeper", "## Top"]


def test_document_front_matter_and_title():
    a = article("<p>Second paragraph of the story.</p>")
    doc = render_document(a)
    assert doc.startswith('---\ntitle: "Story"\nurl: "https://news.example/a/story"\n---\n\n# Story\n\n')
    assert doc.endswith("Second paragraph of the story.\n")
    assert render_document(a, with_front_matter=False).startswith("# Story\n\nThe river rose")


def test_html_output_is_safe_and_whole():
    a = article('<p>Click <a href="javascript:alert(1)">here</a> <script>alert(2)</script>now.</p>')
    html = render_html(a)
    assert "javascript:" not in html and "<script" not in html
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")


def test_render_text_of_blocks():
    blocks = [Heading(2, (Span("H"),)), ListBlock((), False)]
    assert render_text(blocks) == "H"


def test_summaries_under_a_trending_heading_go_with_their_headlines():
    import newsclean

    story = "".join(f"<p>Paragraph {i}: the rental firms were ranked by how quickly travellers got their keys and "
                    f"how clean the cars were, and the winner scored well on both.</p>" for i in range(6))
    teasers = "".join(f"<div class='card'><a href='/t{i}'></a><p>Teaser summary number {i} about somewhere "
                      f"cheap to fly this winter.</p></div>" for i in range(5))
    page = (f"<html><body><main><h1>Rental firms ranked</h1><div class='story'>{story}"
            f"<div class='box'><p>Trending stories in world travel</p><div class='list'>{teasers}</div></div>"
            f"</div></main></body></html>")
    a = newsclean.clean(page)
    assert "Paragraph 5: the rental firms" in a.text
    assert "Teaser summary" not in a.text
    assert any(r.rule == "under a related heading" for r in a.removed)
    # a "Related" heading among the story's own paragraphs heads no section: the story goes on
    flat = (f"<html><body><main><h1>Rental firms ranked</h1><div class='story'>{story}<h2>Related</h2>"
            f"<p>The airport desks open at six.</p>{story.replace('Paragraph', 'Part')}</div></main></body></html>")
    b = newsclean.clean(flat)
    assert "The airport desks open at six." in b.text and "Part 5:" in b.text


def test_a_slideshow_list_of_captions_is_figures_not_a_list_of_text():
    import newsclean

    story = "".join(f"<p>Paragraph {i}: the minister met his counterpart in the capital and the two agreed to "
                    f"hold joint exercises next spring.</p>" for i in range(5))
    slides = "".join(f"<li class='slide'><img src='/p{i}.jpg' alt=''><div class='caption'><div "
                     f"class='caption-text'>Photo {i}: the two ministers shake hands in front of the honour "
                     f"guard.</div></div></li>" for i in range(3))
    page = (f"<html><body><article><h1>Ministers agree on exercises</h1><div class='article-body'>"
            f"<div class='gallery'><ul class='slides'>{slides}</ul></div>{story}</div></article></body></html>")
    a = newsclean.clean(page)
    assert "Paragraph 4: the minister" in a.text
    assert "Photo 0:" not in a.text  # captions belong to their figures, which the text leaves out
    assert "Photo 0: the two ministers" in a.markdown
    # an ordinary list stays a list
    b = newsclean.clean(page.replace("class='caption'", "class='note'").replace("class='caption-text'", ""))
    assert "- Photo 0:" in b.markdown or "* Photo 0:" in b.markdown
