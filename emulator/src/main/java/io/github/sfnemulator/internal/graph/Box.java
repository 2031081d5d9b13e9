package io.github.sfnemulator.internal.graph;

/** A rectangle in the picture's coordinates (pixels, origin top left). */
public record Box(double x, double y, double width, double height) {}
