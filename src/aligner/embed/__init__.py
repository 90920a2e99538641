"""Embedding: the encoder registry and the embeddings the aligner scores."""

from .encoders import DEFAULT_ENCODER, USE_BACKGROUND, Encoder, encoder_of, encoder_text, get_encoder, visible
from .spans import (
    EncodedSide,
    JoinedTextWindows,
    SpanEmbedder,
    SummedWindows,
    WindowEmbedder,
    embed_unique,
    encode_windows,
    native_windows,
    similarity_scale,
    window_embedder,
)

__all__ = ["DEFAULT_ENCODER", "USE_BACKGROUND", "EncodedSide", "Encoder", "JoinedTextWindows", "SpanEmbedder",
           "SummedWindows", "WindowEmbedder", "embed_unique", "encode_windows", "encoder_of", "encoder_text",
           "get_encoder", "native_windows", "similarity_scale", "visible", "window_embedder"]
