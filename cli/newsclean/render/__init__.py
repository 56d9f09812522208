"""Renderers: the block vocabulary to text, Markdown, JSON and HTML."""
