"""Embedding: the encoder registry and the embeddings the aligner scores."""

from .encoders import DEFAULT_ENCODER, USE_BACKGROUND, Encoder, get_encoder
from .spans import SpanEmbedder, embed_unique, similarity_scale

__all__ = ["DEFAULT_ENCODER", "USE_BACKGROUND", "Encoder", "SpanEmbedder", "embed_unique", "get_encoder",
           "similarity_scale"]
