"""The prompt a model sees: a system prompt with the current date, the repository, the ticket."""

from __future__ import annotations

from trigger_search.context import Context

SYSTEM_TEMPLATE = """\
You are an experienced software engineer working in a colleague's repository.
Current date: {today}.

Make the change the ticket asks for. Answer with every file you create or change, each as its
path on its own line followed by a fenced code block holding the complete new file:

path/to/file.py
```python
<entire file content>
```

For a small change to a long file you may instead give SEARCH/REPLACE blocks after the path:

path/to/file.py
```python
<<<<<<< SEARCH
<lines exactly as they are now>
=======
<new lines>
>>>>>>> REPLACE
```
"""

_LANG = {".py": "python", ".toml": "toml", ".md": "markdown", ".cfg": "ini", ".ini": "ini", ".txt": "text",
         ".yaml": "yaml", ".yml": "yaml", ".json": "json", ".sql": "sql", ".html": "html", ".sh": "bash"}


def fence_language(path: str) -> str:
    for suffix, lang in _LANG.items():
        if path.endswith(suffix):
            return lang
    return ""


def system_prompt(context: Context) -> str:
    return SYSTEM_TEMPLATE.format(today=context.today.isoformat())


def user_prompt(files: dict[str, str], instruction: str, context: Context, history: str = "") -> str:
    parts = ["Here is the repository.\n"]
    for path in sorted(files):
        body = files[path]
        fence = "````" if "```" in body else "```"
        parts.append(f"{path}\n{fence}{fence_language(path)}\n{body.rstrip()}\n{fence}\n")
    if history:
        parts.append(f"Recent commits (git log):\n```\n{history.strip()}\n```\n")
    ticket = instruction.strip()
    if context.preamble:
        ticket = f"{context.preamble.strip()}\n\n{ticket}"
    parts.append(f"Ticket:\n{ticket}\n")
    return "\n".join(parts)


def build_messages(files: dict[str, str], instruction: str, context: Context, history: str = "") -> tuple[dict, ...]:
    """Chat turns for one task under one context; backends apply the model's chat template."""
    return (
        {"role": "system", "content": system_prompt(context)},
        {"role": "user", "content": user_prompt(files, instruction, context, history)},
    )
