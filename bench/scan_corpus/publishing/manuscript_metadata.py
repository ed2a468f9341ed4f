"""Reads the metadata block authors put at the top of Markdown manuscripts.

    ---
    title: The Salt Road
    author: A. N. Writer
    keywords: [travel, memoir]
    ---
    Chapter one...
"""
from dataclasses import dataclass, field

import yaml


@dataclass
class ManuscriptMeta:
    title: str
    author: str
    subtitle: str = ""
    keywords: list[str] = field(default_factory=list)
    word_count: int = 0


class FrontMatterParser:
    delimiter = "---"
    loader = yaml.Loader
    required = ("title", "author")

    def split(self, text: str) -> tuple[str, str]:
        lines = text.lstrip("\ufeff").splitlines()
        if not lines or lines[0].strip() != self.delimiter:
            return "", text
        for i, line in enumerate(lines[1:], start=1):
            if line.strip() == self.delimiter:
                return "\n".join(lines[1:i]), "\n".join(lines[i + 1:])
        raise ValueError("unterminated front matter block")

    def parse(self, text: str) -> tuple[ManuscriptMeta, str]:
        block, body = self.split(text)
        data = yaml.load(block, Loader=self.loader) or {}
        missing = [key for key in self.required if not data.get(key)]
        if missing:
            raise ValueError(f"front matter is missing: {', '.join(missing)}")
        meta = ManuscriptMeta(
            title=str(data["title"]),
            author=str(data["author"]),
            subtitle=str(data.get("subtitle", "")),
            keywords=[str(k) for k in data.get("keywords", [])],
            word_count=len(body.split()),
        )
        return meta, body


def read_upload(uploaded_file) -> tuple[ManuscriptMeta, str]:
    text = uploaded_file.read().decode("utf-8")
    return FrontMatterParser().parse(text)
