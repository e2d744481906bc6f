# Reference output of R (4.2.2, survival 3.5.3) for the analysis tests: Kaplan-Meier tables,
# medians with their intervals and the log-rank test on public datasets. Gehan (1965) prints the
# 6-MP remission data of Freireich et al. (1963); aml and lung ship with the survival package.
# Run from the repository root: Rscript src/test/resources/analysis/reference.R
library(survival)
out <- "src/test/resources/analysis/"
emit <- function(name, time, status, group) {
  write.csv(data.frame(time=time, status=status, group=group), paste0(out, name, "-data.csv"), row.names=FALSE, quote=FALSE)
  fit <- survfit(Surv(time, status) ~ group, conf.type="log")
  s <- summary(fit, censored=TRUE)
  g <- sub("group=", "", as.character(s$strata))
  t <- data.frame(group=g, time=s$time, atRisk=s$n.risk, events=s$n.event, censored=s$n.censor,
    survival=sprintf("%.10f", s$surv), stdErr=ifelse(is.nan(s$std.err), "NA", sprintf("%.10f", s$std.err)),
    lower=ifelse(is.na(s$lower), "NA", sprintf("%.10f", s$lower)), upper=ifelse(is.na(s$upper), "NA", sprintf("%.10f", s$upper)))
  write.csv(t, paste0(out, name, "-survfit.csv"), row.names=FALSE, quote=FALSE)
  q <- quantile(fit, 0.5)
  sd <- survdiff(Surv(time, status) ~ group)
  df <- sum(sd$exp > 0) - 1
  m <- data.frame(group=sub("group=", "", rownames(q$quantile)), median=q$quantile[,1], lower=q$lower[,1], upper=q$upper[,1])
  m$chiSquare <- sprintf("%.10f", sd$chisq); m$df <- df; m$p <- sprintf("%.12g", pchisq(sd$chisq, df, lower.tail=FALSE))
  write.csv(m, paste0(out, name, "-summary.csv"), row.names=FALSE, quote=FALSE, na="NA")
}
mp <- c(6,6,6,6,7,9,10,10,11,13,16,17,19,20,22,23,25,32,32,34,35)
mps <- c(1,1,1,0,1,0,1,0,0,1,1,0,0,0,1,1,0,0,0,0,0)
pl <- c(1,1,2,2,3,4,4,5,5,8,8,8,8,11,11,12,12,15,17,22,23)
emit("gehan", c(mp,pl), c(mps, rep(1,21)), c(rep("6-MP",21), rep("Placebo",21)))
emit("aml", aml$time, aml$status, as.character(aml$x))
emit("edge", c(1,2,3,4, 5, 3,6,9), c(1,1,1,1, 1, 0,0,0), c("A","A","A","A","B","C","C","C"))
emit("lung", lung$time, lung$status-1, ifelse(lung$sex==1, "male", "female"))
