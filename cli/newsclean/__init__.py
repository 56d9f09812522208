"""newsclean: scraped news pages to clean articles.

    >>> import newsclean
    >>> article = newsclean.clean(html_bytes, url="https://example.com/news/story")
    >>> article.title, article.authors, article.text
"""

from newsclean.errors import NewscleanError
from newsclean.model import Article
from newsclean.options import Favor, InputKind, Options
from newsclean.pipeline import clean
from newsclean.version import __version__

__all__ = ["Article", "Favor", "InputKind", "NewscleanError", "Options", "__version__", "clean"]
