import jinja2
from jinja2 import Environment, FileSystemLoader, PackageLoader, Template, select_autoescape
from jinja2.nativetypes import NativeEnvironment


def make_env():
    # ruleid: jinja2-autoescape-disabled
    return Environment(loader=FileSystemLoader("templates"))


def make_env_off():
    # ruleid: jinja2-autoescape-disabled
    return jinja2.Environment(loader=PackageLoader("shop"), autoescape=False)


def render_inline(name):
    # ruleid: jinja2-autoescape-disabled
    return Template("<p>Hello {{ name }}</p>").render(name=name)


def render_plain_env():
    # ruleid: jinja2-autoescape-disabled
    env = Environment()
    return env.from_string("<li>{{ item }}</li>")


# ---- secure near-misses ----


def make_env_safe():
    # ok: jinja2-autoescape-disabled
    return Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))


def make_env_true():
    # ok: jinja2-autoescape-disabled
    return jinja2.Environment(loader=PackageLoader("shop"), autoescape=True)


def render_inline_safe(name):
    # ok: jinja2-autoescape-disabled
    return Template("<p>Hello {{ name }}</p>", autoescape=True).render(name=name)


def native():
    # ok: jinja2-autoescape-disabled
    return NativeEnvironment().from_string("{{ a + b }}").render(a=1, b=2)


def sql_templates():
    # ok: jinja2-autoescape-disabled
    return Environment(loader=FileSystemLoader("queries/sql"))


_ENV_OPTIONS = dict(trim_blocks=True, lstrip_blocks=True, autoescape=False)
_SAFE_OPTIONS = dict(trim_blocks=True, autoescape=jinja2.select_autoescape(["html"]))
# ruleid: jinja2-autoescape-disabled
email_env = jinja2.Environment(loader=jinja2.FileSystemLoader("templates/email"), **_ENV_OPTIONS)
# ok: jinja2-autoescape-disabled
page_env = jinja2.Environment(loader=jinja2.FileSystemLoader("templates/pages"), **_SAFE_OPTIONS)


class ReportRenderer:
    def __init__(self, options=None):
        # ruleid: jinja2-autoescape-disabled
        self.env = jinja2.Environment(**(options or _ENV_OPTIONS))


class SafeReportRenderer:
    def __init__(self, options=None):
        # ok: jinja2-autoescape-disabled
        self.env = jinja2.Environment(**(options or _SAFE_OPTIONS))


class PickSheetRenderer:
    env_options = {"trim_blocks": True, "autoescape": False}

    def __init__(self, template_dir):
        # ruleid: jinja2-autoescape-disabled
        self.env = jinja2.Environment(loader=jinja2.FileSystemLoader(template_dir), **self.env_options)


class EscapingPickSheetRenderer:
    env_options = {"trim_blocks": True, "autoescape": True}

    def __init__(self, template_dir):
        # ok: jinja2-autoescape-disabled
        self.env = jinja2.Environment(loader=jinja2.FileSystemLoader(template_dir), **self.env_options)


# ruleid: jinja2-autoescape-disabled
_board_env = Environment(autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False))
_board = _board_env.from_string("<td>{{ r.description }}</td>")

# ok: jinja2-autoescape-disabled
_mail_env = Environment(autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=False), loader=PackageLoader("app"))
_mail = _mail_env.get_template("receipt.html")


class QuoteMailSettings:
    template_dir: str = "templates/email"
    autoescape: bool = False


class ReceiptMailSettings:
    template_dir: str = "templates/email"
    receipt_autoescape: bool = True


def quote_mail_env(settings: QuoteMailSettings):
    # ruleid: jinja2-autoescape-disabled
    return Environment(loader=FileSystemLoader(settings.template_dir), autoescape=settings.autoescape)


def receipt_mail_env(settings: ReceiptMailSettings):
    # ok: jinja2-autoescape-disabled
    return Environment(loader=FileSystemLoader(settings.template_dir), autoescape=settings.receipt_autoescape)
