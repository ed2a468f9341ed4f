"""bandit over many trees in one process."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

from scanners.finding import Finding, code_fingerprint, normalise_cwe
from scanners.tools import ScannerFailure, read_lines, run_tool, tool_path

# bandit flags the use of an API; the suite judges the weakness in its context (a SHA-256 file
# checksum is fine, a SHA-256 password hash is not). Every bandit test is in one of three sets, so a
# bandit upgrade that adds tests forces a decision (tests/test_bandit_policy.py).
#
# Run: weaknesses whatever the context, that bandit finds exactly: it adds what our rules lack and
# backs them up where they overlap.
RUN = {
    "B201": "Flask app.run(debug=True)",
    "B202": "tarfile extraction with no member filter (it reads filter= and members=)",
    "B304": "DES, RC4, Blowfish and other broken ciphers",
    "B305": "ECB mode",
    "B306": "tempfile.mktemp",
    "B312": "telnetlib.Telnet: credentials in clear text",
    "B321": "ftplib.FTP: credentials in clear text (FTP_TLS is not flagged)",
    "B323": "ssl._create_unverified_context",
    "B412": "CGI handlers open to httpoxy",
    "B501": "requests with verify=False",
    "B502": "SSLv2/SSLv3/TLSv1.0/TLSv1.1 protocol constants",
    "B503": "ssl defaults that allow a bad protocol version",
    "B505": "RSA/DSA/EC keys below safe sizes",
    "B507": "paramiko AutoAddPolicy/WarningPolicy",
    "B508": "SNMPv1/v2c",
    "B609": "wildcards in shell commands",
    "B612": "logging.config.listen: runs code sent to a socket",
    "B613": "bidirectional control characters (trojan source)",
    "B702": "Mako templates, which do not escape",
}
# Results of a test in RUN left to our rules at one severity: bandit says so itself when it cannot
# judge (B202 at LOW is extractall(members=helper(tar)): "make sure your function properly discards
# dangerous members"), and our rule reads the helper.
LEFT_TO_OUR_RULES = {
    ("B202", "LOW"): "archive-extraction-path-traversal",
    # (at MEDIUM, members=<a name> bandit cannot type: "check if the members were properly
    # validated"; our rule reads where the list came from, members = list(self._checked(tar)))
    ("B202", "MEDIUM"): "archive-extraction-path-traversal",
}
# ... and B202 on an extraction given a filter= function: bandit reads filter= only when it names a
# stdlib filter, and flags members=<a list> whatever the function does; our rule reads the function
# (one built on tarfile.data_filter passes, one that checks suffixes only does not).
_PASSES_A_FILTER = re.compile(r"\bfilter\s*=")
# Not run: our rules judge these in context, and bandit's context-blind version flags near-misses.
SUPERSEDED = {
    "B102": "code-injection-eval",
    "B103": "world-writable-permissions",
    "B105": "hardcoded-secret",
    "B106": "hardcoded-password-argument",
    "B107": "hardcoded-password-argument",
    "B301": "insecure-deserialization",
    "B302": "insecure-deserialization",
    "B303": "weak-password-hash weak-signature-hash",
    "B307": "code-injection-eval",
    "B308": "markup-unescaped-user-input",
    "B311": "insecure-random-for-secret predictable-random-seed",
    "B313": "xml-stdlib-parser-untrusted",
    "B314": "xml-stdlib-parser-untrusted",
    "B315": "xml-stdlib-parser-untrusted",
    "B316": "xml-stdlib-parser-untrusted",
    "B317": "xml-stdlib-parser-untrusted xml-sax-external-entities-enabled",
    "B318": "xml-stdlib-parser-untrusted",
    "B319": "xml-stdlib-parser-untrusted",
    "B324": "weak-password-hash weak-signature-hash",
    "B504": "weak-tls-version",
    "B506": "yaml-unsafe-load",
    "B602": "shell-injection-non-literal-command",
    "B604": "shell-injection-non-literal-command",
    "B605": "shell-injection-non-literal-command",
    "B608": "sql-injection-formatted-query",
    "B610": "sql-injection-formatted-query",
    "B611": "sql-injection-formatted-query",
    "B614": "torch-load-without-weights-only",
    "B701": "jinja2-autoescape-disabled",
    "B703": "markup-unescaped-user-input",
    "B704": "markup-unescaped-user-input",
}
# Not run: they flag a use that is not a weakness the suite judges.
OUT_OF_SCOPE = {
    "B101": "assert statements",
    "B104": "binding 0.0.0.0 (normal in containers; debug servers on it are our rule)",
    "B108": "any /tmp path",
    "B110": "try/except/pass",
    "B112": "try/except/continue",
    "B113": "requests without a timeout",
    "B310": "urlopen of any URL",
    "B401": "importing telnetlib (its use is B312)",
    "B402": "importing ftplib (its use is B321)",
    "B403": "importing pickle",
    "B404": "importing subprocess",
    "B405": "importing xml.etree",
    "B406": "importing xml.sax",
    "B407": "importing xml.dom.expatbuilder",
    "B408": "importing xml.dom.minidom",
    "B409": "importing xml.dom.pulldom",
    "B411": "importing xmlrpc",
    "B413": "importing Crypto (pycryptodome shares the name of the dead pycrypto)",
    "B415": "importing pyghmi",
    "B601": "any paramiko exec_command",
    "B603": "subprocess without a shell",
    "B606": "os.exec*/spawn* without a shell",
    "B607": "programs named without a full path",
    "B615": "Hugging Face downloads without a pinned revision",
    "B509": "SNMPv3 users whose protocols it cannot see (passed in **kwargs); DES privacy is our weak-cipher",
}


# Every test in RUN needs one of these in the file's text (a name it looks for, if only in an import,
# or the characters trojan source uses), so a file without any is not given to bandit at all.
_RUN_NEEDS_ANY = (
    r"debug\s*=\s*True", r"\bARC[24]\b", "Blowfish", r"\bDES\b", r"\bXOR\b", "CAST5", r"\bIDEA\b", r"\bSEED\b",
    "TripleDES", r"\bECB\b", "mktemp", "telnetlib", "ftplib", "_create_unverified_context", "CGIHandler", "twcgi",
    r"verify\s*=\s*False", "PROTOCOL_", "SSLv", "TLSv1", "ssl_version", "tarfile",
    r"\bgenerate(?:_private_key)?\b", "AutoAddPolicy", "WarningPolicy", "CommunityData", "chown", "chmod", r"\btar\b",
    "rsync", r"\blisten\b", "mako", "[\u202a-\u202e\u2066-\u2069]",
)
# A lookahead for the characters the alternatives start with lets the search pass over every other
# position at once: three times faster than trying each alternative everywhere.
_RUN_NEEDS = re.compile("(?=[%s])(?:%s)" % (
    "".join(sorted({alt.removeprefix(r"\b")[0] for alt in _RUN_NEEDS_ANY if not alt.startswith("[")}))
    + "\u202a-\u202e\u2066-\u2069", "|".join(_RUN_NEEDS_ANY)))


def might_flag(text: str) -> bool:
    """Whether bandit's RUN tests could report anything in a file with this text."""
    return _RUN_NEEDS.search(text) is not None


def run_bandit(root: Path, timeout: float = 600, targets: list[str] | None = None
               ) -> tuple[dict[str, list[Finding]], dict[str, str]]:
    """Findings under `root` (or only its `targets`) keyed by relative path, and files bandit could
    not scan."""
    # --ignore-nosec: a model's `# nosec` comment must not hide what it wrote
    cmd = [tool_path("bandit"), "-f", "json", "-q", "--ignore-nosec", "-t", ",".join(sorted(RUN))]
    if targets is None:
        cmd += ["-r", "."]
    else:
        python = [t for t in targets if t.endswith(".py")]  # what `-r` would pick; other files are errors
        if not python:
            return {}, {}
        cmd += ["--", *python]
    try:
        proc = run_tool(cmd, root, timeout)
    except FileNotFoundError:
        raise ScannerFailure("bandit is not installed (not on PATH)") from None
    except subprocess.TimeoutExpired:
        raise ScannerFailure(f"bandit timed out after {timeout:.0f}s") from None
    try:
        report = json.loads(proc.stdout)
    except ValueError:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]
        raise ScannerFailure(f"bandit exited {proc.returncode}: {tail[0][:300]}") from None
    found: dict[str, list[Finding]] = {}
    for res in report.get("results", []):
        if (res["test_id"], res["issue_severity"].upper()) in LEFT_TO_OUR_RULES:
            continue
        rel = res["filename"].removeprefix("./")
        lines = res.get("line_range") or [res["line_number"]]
        start, end = min(lines), max(lines)
        snippet = read_lines(root / rel, start, end)
        if res["test_id"] == "B202" and _PASSES_A_FILTER.search(snippet):
            continue
        found.setdefault(rel, []).append(Finding(
            scanner="bandit",
            rule_id=res["test_id"],
            severity=res["issue_severity"].lower(),
            confidence=res["issue_confidence"].lower(),
            cwe=normalise_cwe(res.get("issue_cwe")),
            path=rel,
            line=start,
            end_line=end,
            message=res["issue_text"],
            fingerprint=code_fingerprint(snippet),
            snippet=snippet,
        ))
    errors = {e["filename"].removeprefix("./"): e.get("reason", "error") for e in report.get("errors", [])}
    return found, errors
