"""Where the files that ship with the code are: seeds/ (the bundled documents) and prompts/.

In a source checkout (and an editable install) they are the top-level folders of the checkout.
A built wheel or `pip install .` carries them as package data: seeds/ as `index/_bundled/seeds`,
prompts/ as `assistant/_bundled/prompts` (setup.py maps the folders, whole, by glob). Either way they
are found here, through importlib.resources."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parent.parent


def bundled_dir(name: str, package: str = "index") -> Path:
    """The folder `name` (seeds, prompts) of the installed package, else of the source checkout."""
    packaged = resources.files(package) / "_bundled" / name
    if packaged.is_dir():
        return Path(str(packaged))
    return CHECKOUT / name


def is_installed() -> bool:
    """True when running from an installed wheel, not from a checkout."""
    return (resources.files("index") / "_bundled").is_dir()


def default_index_dir() -> Path:
    """A checkout keeps its index beside the code (.index/); an installed package never writes into
    site-packages, so it keeps its index in the user's data folder."""
    if is_installed():
        return Path.home() / ".local" / "share" / "gongwen" / "index"
    return CHECKOUT / ".index"
