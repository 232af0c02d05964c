"""The apology check's reading of a text: components of an effective apology and non-apology
patterns, per language, by word lists and small rules (no model, nothing downloaded)."""
from reports.apology.lexicon import COMPONENTS, lexicon
from reports.apology.rules import PROBLEMS, Analysis, Finding, analyse, split_sentences

__all__ = ["COMPONENTS", "PROBLEMS", "Analysis", "Finding", "analyse", "lexicon",
           "split_sentences"]
