/** CSV files read the DataVec way into ND4J arrays in double precision, each bad cell named by file, line and column. */
package nnbasics.dl4j.data;
