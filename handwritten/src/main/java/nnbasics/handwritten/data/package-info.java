/** Reading the project's CSV files into a table of named columns, with errors that point at the file, line and column. */
package nnbasics.handwritten.data;
