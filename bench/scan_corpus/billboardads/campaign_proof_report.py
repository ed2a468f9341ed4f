"""HTML proof-of-posting reports for advertisers.

After a campaign goes live, the advertiser gets a report with the list of
faces, posting dates, photos and the notes the account manager and the
advertiser have left on the campaign.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from jinja2 import DictLoader, Environment

REPORT_TEMPLATE = """<!doctype html>
<html><head><title>Proof of posting - {{ campaign.name }}</title></head>
<body>
<h1>{{ campaign.name }}</h1>
<p>Advertiser: {{ campaign.advertiser }} &middot; Flight {{ campaign.start }} to {{ campaign.end }}</p>
<h2>Notes</h2>
<ul>{% for note in campaign.notes %}<li>{{ note }}</li>{% endfor %}</ul>
<table>
<tr><th>Site</th><th>Address</th><th>Posted</th><th>Photo</th></tr>
{% for face in faces %}
<tr><td>{{ face.site_code }}</td><td>{{ face.address }}</td><td>{{ face.posted_on }}</td>
<td><img src="{{ face.photo_url }}" width="240"></td></tr>
{% endfor %}
</table>
</body></html>
"""


@dataclass
class Campaign:
    name: str
    advertiser: str
    start: date
    end: date
    notes: list[str]


@dataclass
class PostedFace:
    site_code: str
    address: str
    posted_on: date
    photo_url: str


class ProofReportRenderer:
    def __init__(self) -> None:
        self._env = self._environment()

    @staticmethod
    def _environment() -> Environment:
        return Environment(
            loader=DictLoader({"proof.html": REPORT_TEMPLATE}),
            autoescape=False,
            trim_blocks=True,
        )

    def render(self, campaign: Campaign, faces: list[PostedFace]) -> str:
        template = self._env.get_template("proof.html")
        return template.render(
            campaign=campaign,
            faces=sorted(faces, key=lambda f: (f.posted_on, f.site_code)),
        )

    def write(self, path: str, campaign: Campaign, faces: list[PostedFace]) -> None:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(self.render(campaign, faces))
