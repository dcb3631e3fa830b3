/**
 * What films cost: prices by model ({@link dev.filmgen.cost.PriceList}), the ledger entry of one paid call
 * ({@link dev.filmgen.cost.Charge}) and a turn's bill ({@link dev.filmgen.cost.FilmCost}), all in yuan (CNY).
 */
package dev.filmgen.cost;
